import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { saveCouponAction } from "@/lib/promotions/admin/actions";
import { listScopeOptions } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { CouponForm } from "../_components/coupon-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCoupons"))("newCoupon") };
}

export default async function NewCouponPage() {
  await requireStaffPage("/admin/coupons/new");
  const [options, currency, t] = await Promise.all([listScopeOptions(), storeCurrency(), getTranslations("adminCoupons")]);
  return (
    <>
      <PageHeader title={t("newCoupon")}>
        <BackLink href="/admin/coupons">{t("back")}</BackLink>
      </PageHeader>
      <CouponForm
        action={saveCouponAction}
        options={options}
        currency={currency}
        initial={{ type: "percent_off", priority: "0", stackable: "on" }}
      />
    </>
  );
}
