import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { deleteCategoryAction, updateCategoryAction } from "@/lib/categories/actions";
import { listCategoriesForAdmin } from "@/lib/categories/queries";
import { categoryIdSchema } from "@/lib/categories/schema";
import { descendantIds } from "@/lib/categories/tree-rules";
import { CategoryForm } from "../_components/category-form";

export const metadata: Metadata = { title: "Edit category" };

export default async function EditCategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage(`/admin/categories/${encodeURIComponent(raw)}`);
  const id = categoryIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const all = await listCategoriesForAdmin();
  const category = all.find((c) => c.id === id.data);
  if (!category) notFound();
  const below = descendantIds(all, category.id);
  const parents = all.filter((c) => c.id !== category.id && !below.has(c.id));
  const blocked = category.productCount > 0 || category.childCount > 0;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link href="/admin/categories" className="text-sm text-zinc-700 hover:underline">
        ← All categories
      </Link>
      <PageHeader title={`Edit ${category.name}`} description={`Seen by shoppers at /c/${category.slug}`} />
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <CategoryForm action={updateCategoryAction} parents={parents} category={category} submitLabel="Save" label="Edit category" />
      </section>
      <ConfirmDeleteForm action={deleteCategoryAction} id={category.id} label="Delete category">
        {blocked ? (
          <p>
            This category has {category.productCount} product{category.productCount === 1 ? "" : "s"} and {category.childCount} subcategor
            {category.childCount === 1 ? "y" : "ies"}. Move them to another category before deleting it.
          </p>
        ) : (
          <p>This category is empty. Deleting it removes it from the shop at once; this cannot be undone.</p>
        )}
      </ConfirmDeleteForm>
    </div>
  );
}
