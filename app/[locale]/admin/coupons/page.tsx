import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { listCoupons } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { CouponTable } from "./_components/coupon-table";

export const metadata: Metadata = { title: "Coupons" };

const NOTICES = { created: "Coupon created." };

export default async function AdminCouponsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireStaffPage("/admin/coupons");
  const [coupons, currency, { notice }] = await Promise.all([listCoupons(), storeCurrency(), searchParams]);
  return (
    <>
      <PageHeader
        title="Coupons"
        description="Codes shoppers type in the cart. Uses count once an order is placed, and come back if it is cancelled unpaid."
      >
        <Link href="/admin/coupons/new" className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700">
          New coupon
        </Link>
      </PageHeader>
      <div className="mb-4">
        <NoticeMessage code={notice} messages={NOTICES} />
      </div>
      <CouponTable coupons={coupons} currency={currency} now={new Date()} />
    </>
  );
}
