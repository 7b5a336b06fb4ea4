import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { LiveRefresh } from "@/components/admin/promotions/live-refresh";
import { requireStaffPage } from "@/lib/auth/staff";
import { listAutomaticPromotions, listFlashSales } from "@/lib/promotions/admin/queries";
import { flashSaleStatus } from "@/lib/promotions/admin/status";
import { storeCurrency } from "@/lib/settings/store";
import { FlashSaleTable } from "./_components/flash-sale-table";
import { PromotionTable } from "./_components/promotion-table";

export const metadata: Metadata = { title: "Promotions" };
// Sold counts move with every order: never a cached copy.
export const dynamic = "force-dynamic";

const NOTICES = { created: "Promotion created.", saved: "Promotion saved.", "flash-created": "Flash sale created." };
const button = "rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700";

export default async function AdminPromotionsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await requireStaffPage("/admin/promotions");
  const [promotions, sales, currency, { notice }] = await Promise.all([
    listAutomaticPromotions(),
    listFlashSales(),
    storeCurrency(),
    searchParams,
  ]);
  const now = new Date();
  const running = sales.some((s) => flashSaleStatus(s, now) === "active");
  return (
    <>
      <PageHeader
        title="Promotions"
        description="Automatic promotions apply by themselves in the cart; flash sales sell a few units of one variant at a lower price."
      >
        <Link href="/admin/promotions/new" className={button}>
          New promotion
        </Link>
        <Link href="/admin/promotions/flash-sales/new" className={button}>
          New flash sale
        </Link>
      </PageHeader>
      <div className="mb-4 space-y-3">
        <NoticeMessage code={notice} messages={NOTICES} />
        <p id="stacking-rules" className="max-w-3xl rounded-lg bg-zinc-50 p-3 text-sm text-zinc-700">
          <strong>How promotions combine.</strong> A flash sale is a price and always applies, then member prices. Of the promotions
          (automatic ones and the coupon), higher priority applies first, each on what the earlier ones left. Stackable promotions add up; a
          promotion that is not stackable is used alone, instead of all the stackable ones together, when it saves the shopper more.
        </p>
      </div>
      <section aria-labelledby="automatic" className="mb-8">
        <h2 id="automatic" className="mb-3 text-lg font-semibold">
          Automatic promotions
        </h2>
        <PromotionTable promotions={promotions} currency={currency} now={now} />
      </section>
      <section aria-labelledby="flash-sales">
        <h2 id="flash-sales" className="mb-3 text-lg font-semibold">
          Flash sales
        </h2>
        {running && (
          <p className="mb-3 text-sm text-zinc-600">
            Sold counts of running sales are read again every 15 seconds. <LiveRefresh seconds={15} />
          </p>
        )}
        <FlashSaleTable sales={sales} now={now} />
      </section>
    </>
  );
}
