import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { LiveRefresh } from "@/components/admin/promotions/live-refresh";
import { requireStaffPage } from "@/lib/auth/staff";
import { requestLocale } from "@/lib/i18n/server";
import { listAutomaticPromotions, listFlashSales } from "@/lib/promotions/admin/queries";
import { flashSaleStatus } from "@/lib/promotions/admin/status";
import { storeCurrency } from "@/lib/settings/store";
import { FlashSaleTable } from "./_components/flash-sale-table";
import { PromotionTable } from "./_components/promotion-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPromotions"))("title") };
}
// Sold counts move with every order: never a cached copy.
export const dynamic = "force-dynamic";

const button = "rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700";
const REFRESH_SECONDS = 15;

export default async function AdminPromotionsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireStaffPage("/admin/promotions");
  const [promotions, sales, currency, { notice }, t] = await Promise.all([
    listAutomaticPromotions(),
    listFlashSales(await requestLocale()),
    storeCurrency(),
    searchParams,
    getTranslations("adminPromotions"),
  ]);
  const notices = { created: t("notices.created"), saved: t("notices.saved"), "flash-created": t("notices.flashCreated") };
  const now = new Date();
  const running = sales.some((s) => flashSaleStatus(s, now) === "active");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/promotions/new" className={button}>
          {t("newPromotion")}
        </Link>
        <Link href="/admin/promotions/flash-sales/new" className={button}>
          {t("newFlashSale")}
        </Link>
      </PageHeader>
      <div className="mb-4 space-y-3">
        <NoticeMessage code={notice} messages={notices} />
        <p id="stacking-rules" className="max-w-3xl rounded-lg bg-zinc-50 p-3 text-sm text-zinc-700">
          <strong>{t("stackingTitle")}</strong> {t("stackingText")}
        </p>
      </div>
      <section aria-labelledby="automatic" className="mb-8">
        <h2 id="automatic" className="mb-3 text-lg font-semibold">
          {t("automatic")}
        </h2>
        <PromotionTable promotions={promotions} currency={currency} now={now} />
      </section>
      <section aria-labelledby="flash-sales">
        <h2 id="flash-sales" className="mb-3 text-lg font-semibold">
          {t("flashSales")}
        </h2>
        {running && (
          <p className="mb-3 text-sm text-zinc-600">
            {t("liveRefresh", { seconds: REFRESH_SECONDS })} <LiveRefresh seconds={REFRESH_SECONDS} />
          </p>
        )}
        <FlashSaleTable sales={sales} now={now} />
      </section>
    </>
  );
}
