import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { listCoupons } from "@/lib/promotions/admin/queries";
import { storeCurrency } from "@/lib/settings/store";
import { CouponTable } from "./_components/coupon-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCoupons"))("title") };
}

export default async function AdminCouponsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireStaffPage("/admin/coupons");
  const [coupons, currency, { notice }, t] = await Promise.all([
    listCoupons(),
    storeCurrency(),
    searchParams,
    getTranslations("adminCoupons"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/coupons/new" className="rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700">
          {t("newCoupon")}
        </Link>
      </PageHeader>
      <div className="mb-4">
        <NoticeMessage code={notice} messages={{ created: t("notices.created") }} />
      </div>
      <CouponTable coupons={coupons} currency={currency} now={new Date()} />
    </>
  );
}
