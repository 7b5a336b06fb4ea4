import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { requireStaffPage } from "@/lib/auth/staff";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { describePromotion, describeWindow } from "@/lib/promotions/admin/describe";
import { getPromotion, listRedemptions } from "@/lib/promotions/admin/queries";
import { promotionIdSchema } from "@/lib/promotions/admin/schema";
import { promotionStatus } from "@/lib/promotions/admin/status";
import { storeCurrency } from "@/lib/settings/store";
import { RedemptionTable } from "../_components/redemption-table";

export const metadata: Metadata = { title: "Coupon" };

const NOTICES = { saved: "Coupon saved." };

export default async function CouponPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  await requireStaffPage(`/admin/coupons/${encodeURIComponent(id)}`);
  const parsed = promotionIdSchema.safeParse(id);
  const coupon = parsed.success ? await getPromotion(parsed.data) : null;
  if (!coupon?.code) notFound();
  const [redemptions, currency, { notice }] = await Promise.all([listRedemptions(coupon.id), storeCurrency(), searchParams]);
  const status = promotionStatus(coupon, new Date());
  const facts: [string, string][] = [
    ["Discount", describePromotion(coupon, currency)],
    ["Uses", `${coupon.usedCount}${coupon.usageLimit === null ? " (no limit)" : ` of ${coupon.usageLimit}`}`],
    ["Per customer", coupon.perCustomerLimit === null ? "No limit" : String(coupon.perCustomerLimit)],
    ["Window", describeWindow(coupon.startsAt, coupon.endsAt)],
    [
      "Combines",
      `${coupon.stackable ? "Stackable" : "Not stackable"}, priority ${coupon.priority}${coupon.firstOrderOnly ? ", first order only" : ""}`,
    ],
  ];
  return (
    <>
      <PageHeader title={`Coupon ${coupon.code}`}>
        <BackLink href="/admin/coupons">Back to coupons</BackLink>
        <Link
          href={`/admin/coupons/${coupon.id}/edit`}
          className="rounded-full border border-zinc-400 px-4 py-2.5 font-medium hover:bg-zinc-50"
        >
          Edit
        </Link>
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        <NoticeMessage code={notice} messages={NOTICES} />
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm">Status:</span> <StatusBadge status={status} />
          <StateActions id={coupon.id} status={status} action={setPromotionStateAction} />
        </div>
        <dl className="grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-zinc-700">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <section aria-labelledby="redemptions">
        <h2 id="redemptions" className="mb-3 text-lg font-semibold">
          Redemptions
        </h2>
        <RedemptionTable redemptions={redemptions} />
      </section>
    </>
  );
}
