import type { Metadata } from "next";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createCategoryAction } from "@/lib/categories/actions";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { CategoryForm } from "./_components/category-form";
import { CategoryTree } from "./_components/category-tree";

export const metadata: Metadata = { title: "Categories" };

const NOTICES = {
  created: "Category created. Shoppers see it in the shop now.",
  saved: "Category saved. Shoppers see the change now.",
  deleted: "Category deleted.",
};

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage("/admin/categories");
  const [categories, params] = await Promise.all([listCategoriesForAdmin(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Categories" description="The shop's category tree, as shoppers browse it.">
        <CatalogLinks current="categories" />
      </PageHeader>
      <NoticeMessage code={params.notice} messages={NOTICES} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="tree-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="tree-heading" className="mb-2 text-lg font-semibold">
            All categories ({categories.length})
          </h2>
          <CategoryTree categories={categories} />
        </section>
        <section aria-labelledby="new-heading" className="h-fit rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="new-heading" className="mb-3 text-lg font-semibold">
            New category
          </h2>
          <CategoryForm action={createCategoryAction} parents={categories} submitLabel="Create category" label="New category" />
        </section>
      </div>
    </div>
  );
}
