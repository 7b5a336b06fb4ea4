import type { Metadata } from "next";
import { BackLink } from "@/components/admin/back-link";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { saveCouponAction } from "@/lib/promotions/admin/actions";
import { listScopeOptions } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { CouponForm } from "../_components/coupon-form";

export const metadata: Metadata = { title: "New coupon" };

export default async function NewCouponPage() {
  await requireStaffPage("/admin/coupons/new");
  const [options, currency] = await Promise.all([listScopeOptions(), storeCurrency()]);
  return (
    <>
      <PageHeader title="New coupon">
        <BackLink href="/admin/coupons">Back to coupons</BackLink>
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
