import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog.categories"))("editTitle") };
}

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
  const t = await getTranslations("adminCatalog");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link href="/admin/categories" className="text-sm text-zinc-700 hover:underline">
        {t("categories.back")}
      </Link>
      <PageHeader title={t("editNamed", { name: category.name })} description={t("categories.seenAt", { slug: category.slug })} />
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <CategoryForm
          action={updateCategoryAction}
          parents={parents}
          category={category}
          submitLabel={t("save")}
          label={t("categories.editTitle")}
        />
      </section>
      <ConfirmDeleteForm action={deleteCategoryAction} id={category.id} label={t("categories.delete")}>
        {blocked ? (
          <p>{t("categories.blocked", { products: category.productCount, children: category.childCount })}</p>
        ) : (
          <p>{t("categories.deleteEmpty")}</p>
        )}
      </ConfirmDeleteForm>
    </div>
  );
}
