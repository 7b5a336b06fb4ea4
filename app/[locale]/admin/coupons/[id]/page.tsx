import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/admin/back-link";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { StateActions } from "@/components/admin/promotions/state-actions";
import { StatusBadge } from "@/components/admin/promotions/status-badge";
import { requireStaffPage } from "@/lib/auth/staff";
import { setPromotionStateAction } from "@/lib/promotions/admin/actions";
import { promotionWords } from "@/components/admin/promotions/describe";
import { getPromotion, listRedemptions } from "@/lib/promotions/admin/queries";
import { promotionIdSchema } from "@/lib/promotions/admin/schema";
import { promotionStatus } from "@/lib/promotions/admin/status";
import { storeCurrency } from "@/lib/settings/store";
import { RedemptionTable } from "../_components/redemption-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCoupons"))("coupon") };
}

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
  const [redemptions, currency, { notice }, t, columns, words] = await Promise.all([
    listRedemptions(coupon.id),
    storeCurrency(),
    searchParams,
    getTranslations("adminCoupons"),
    getTranslations("adminPromotions"),
    promotionWords(),
  ]);
  const status = promotionStatus(coupon, new Date());
  const used = words.number(coupon.usedCount);
  const priority = words.number(coupon.priority);
  const combines = coupon.stackable ? t("facts.stackable", { priority }) : t("facts.notStackable", { priority });
  const facts: [string, string][] = [
    [columns("table.discount"), words.promotion(coupon, currency)],
    [
      t("facts.uses"),
      coupon.usageLimit === null ? t("facts.usesNoLimit", { used }) : t("facts.usesOf", { used, limit: words.number(coupon.usageLimit) }),
    ],
    [t("facts.perCustomer"), coupon.perCustomerLimit === null ? t("facts.noLimit") : words.number(coupon.perCustomerLimit)],
    [columns("table.window"), words.window(coupon.startsAt, coupon.endsAt)],
    [t("facts.combines"), coupon.firstOrderOnly ? t("facts.firstOrderOnly", { combines }) : combines],
  ];
  return (
    <>
      <PageHeader title={t("couponTitle", { code: coupon.code })}>
        <BackLink href="/admin/coupons">{t("back")}</BackLink>
        <Link
          href={`/admin/coupons/${coupon.id}/edit`}
          className="rounded-full border border-zinc-400 px-4 py-2.5 font-medium hover:bg-zinc-50"
        >
          {t("edit")}
        </Link>
      </PageHeader>
      <div className="mb-6 flex flex-col gap-4">
        <NoticeMessage code={notice} messages={{ saved: t("notices.saved") }} />
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-sm">{columns("statusLabel")}</span> <StatusBadge status={status} />
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
          {t("redemptions.title")}
        </h2>
        <RedemptionTable redemptions={redemptions} />
      </section>
    </>
  );
}
