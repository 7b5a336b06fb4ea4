import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createCategoryAction } from "@/lib/categories/actions";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { CategoryForm } from "./_components/category-form";
import { CategoryTree } from "./_components/category-tree";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog.categories"))("title") };
}

export default async function CategoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage("/admin/categories");
  const [categories, params, t] = await Promise.all([listCategoriesForAdmin(), searchParams, getTranslations("adminCatalog.categories")]);
  const notices = { created: t("notice.created"), saved: t("notice.saved"), deleted: t("notice.deleted") };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")}>
        <CatalogLinks current="categories" />
      </PageHeader>
      <NoticeMessage code={params.notice} messages={notices} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="tree-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="tree-heading" className="mb-2 text-lg font-semibold">
            {t("all", { count: categories.length })}
          </h2>
          <CategoryTree categories={categories} />
        </section>
        <section aria-labelledby="new-heading" className="h-fit rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="new-heading" className="mb-3 text-lg font-semibold">
            {t("new")}
          </h2>
          <CategoryForm action={createCategoryAction} parents={categories} submitLabel={t("create")} label={t("new")} />
        </section>
      </div>
    </div>
  );
}
