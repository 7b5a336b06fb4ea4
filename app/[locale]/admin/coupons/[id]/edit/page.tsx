import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { saveCouponAction } from "@/lib/promotions/admin/actions";
import { promotionFormValues } from "@/lib/promotions/admin/form-values";
import { getPromotion, listScopeOptions } from "@/lib/promotions/admin/queries";
import { promotionIdSchema } from "@/lib/promotions/admin/schema";
import { storeCurrency } from "@/lib/settings/store";
import { CouponForm } from "../../_components/coupon-form";

export const metadata: Metadata = { title: "Edit coupon" };

export default async function EditCouponPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/coupons/${encodeURIComponent(id)}/edit`);
  const parsed = promotionIdSchema.safeParse(id);
  const coupon = parsed.success ? await getPromotion(parsed.data) : null;
  if (!coupon?.code) notFound();
  const [options, currency] = await Promise.all([listScopeOptions(), storeCurrency()]);
  return (
    <>
      <PageHeader title={`Edit coupon ${coupon.code}`}>
        <BackLink href={`/admin/coupons/${coupon.id}`}>Back to the coupon</BackLink>
      </PageHeader>
      <CouponForm action={saveCouponAction} options={options} currency={currency} initial={promotionFormValues(coupon, currency)} />
    </>
  );
}
