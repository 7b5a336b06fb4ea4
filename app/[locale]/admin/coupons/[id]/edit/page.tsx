import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCoupons"))("editMetaTitle") };
}

export default async function EditCouponPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/coupons/${encodeURIComponent(id)}/edit`);
  const parsed = promotionIdSchema.safeParse(id);
  const coupon = parsed.success ? await getPromotion(parsed.data) : null;
  if (!coupon?.code) notFound();
  const [options, currency, t] = await Promise.all([listScopeOptions(), storeCurrency(), getTranslations("adminCoupons")]);
  return (
    <>
      <PageHeader title={t("editTitle", { code: coupon.code })}>
        <BackLink href={`/admin/coupons/${coupon.id}`}>{t("backToCoupon")}</BackLink>
      </PageHeader>
      <CouponForm action={saveCouponAction} options={options} currency={currency} initial={promotionFormValues(coupon, currency)} />
    </>
  );
}
