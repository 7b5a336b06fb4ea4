import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { languageAlternates } from "@/lib/seo/alternates";
import { DealCard } from "@/components/promotions/deal-card";
import { type FlashSaleView, listDeals } from "@/lib/promotions/flash-sales";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const t = await getTranslations({ locale, namespace: "deals.page" });
  return { title: t("title"), description: t("description"), alternates: languageAlternates("/deals", locale) };
}

// Rendered per request: units left and what is running change by the second, and the
// countdowns start from this render's clock (a few indexed rows; nothing worth caching).
export const dynamic = "force-dynamic";

export default async function DealsPage() {
  const now = new Date();
  const [{ running, upcoming }, t, locale] = await Promise.all([listDeals(now), getTranslations("deals.page"), requestLocale()]);
  const serverNow = now.toISOString();
  return (
    <ClientMessages locale={locale} namespaces={["deals.time"]}>
      <div className="flex flex-col gap-10">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        {running.length === 0 && upcoming.length === 0 && (
          <div className="flex flex-col items-start gap-4 rounded-xl bg-zinc-50 p-8">
            <p className="text-zinc-700">{t("none")}</p>
            <Link href="/search?sort=popular" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
              {t("browseBestSellers")}
            </Link>
          </div>
        )}
        <DealSection id="running-heading" title={t("onNow")} sales={running} serverNow={serverNow} />
        <DealSection id="upcoming-heading" title={t("comingUp")} sales={upcoming} upcoming serverNow={serverNow} />
      </div>
    </ClientMessages>
  );
}

/** One list of sales under its heading ("On now", "Coming up"); nothing when it is empty. */
function DealSection({
  id,
  title,
  sales,
  upcoming = false,
  serverNow,
}: {
  id: string;
  title: string;
  sales: FlashSaleView[];
  upcoming?: boolean;
  serverNow: string;
}) {
  if (sales.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
        {sales.map((sale) => (
          <DealCard key={sale.id} sale={sale} upcoming={upcoming} serverNow={serverNow} />
        ))}
      </div>
    </section>
  );
}
