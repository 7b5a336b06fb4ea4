import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { deleteBrandAction, updateBrandAction } from "@/lib/brands/actions";
import { getBrandForAdmin } from "@/lib/brands/queries";
import { brandIdSchema } from "@/lib/brands/schema";
import { BrandForm } from "../_components/brand-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog.brands"))("editTitle") };
}

export default async function EditBrandPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage(`/admin/brands/${encodeURIComponent(raw)}`);
  const id = brandIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const brand = await getBrandForAdmin(id.data);
  if (!brand) notFound();
  const count = brand.productCount;
  const t = await getTranslations("adminCatalog");
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link href="/admin/brands" className="text-sm text-zinc-700 hover:underline">
        {t("brands.back")}
      </Link>
      <PageHeader title={t("editNamed", { name: brand.name })} />
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <BrandForm action={updateBrandAction} brand={brand} submitLabel={t("save")} label={t("brands.editTitle")} />
      </section>
      <ConfirmDeleteForm action={deleteBrandAction} id={brand.id} label={t("brands.delete")}>
        <p>
          {count ? t("brands.deleteUsed", { count }) : t("brands.deleteUnused")} {t("deleteCannotBeUndone")}
        </p>
      </ConfirmDeleteForm>
    </div>
  );
}
