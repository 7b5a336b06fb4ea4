import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { ConfirmDeleteForm } from "@/components/admin/confirm-delete-form";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { deleteBrandAction, updateBrandAction } from "@/lib/brands/actions";
import { getBrandForAdmin } from "@/lib/brands/queries";
import { brandIdSchema } from "@/lib/brands/schema";
import { BrandForm } from "../_components/brand-form";

export const metadata: Metadata = { title: "Edit brand" };

export default async function EditBrandPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage(`/admin/brands/${encodeURIComponent(raw)}`);
  const id = brandIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const brand = await getBrandForAdmin(id.data);
  if (!brand) notFound();
  const count = brand.productCount;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <Link href="/admin/brands" className="text-sm text-zinc-700 hover:underline">
        ← All brands
      </Link>
      <PageHeader title={`Edit ${brand.name}`} />
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <BrandForm action={updateBrandAction} brand={brand} submitLabel="Save" label="Edit brand" />
      </section>
      <ConfirmDeleteForm action={deleteBrandAction} id={brand.id} label="Delete brand">
        <p>
          {count
            ? `Its ${count} product${count === 1 ? "" : "s"} will not be deleted: ${count === 1 ? "it stays" : "they stay"} in the shop without a brand.`
            : "No product uses this brand."}{" "}
          Deleting cannot be undone.
        </p>
      </ConfirmDeleteForm>
    </div>
  );
}
