import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { languageAlternates } from "@/lib/seo/alternates";
import { DealCard } from "@/components/promotions/deal-card";
import { listDeals } from "@/lib/promotions/flash-sales";

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
  const [{ running, upcoming }, t] = await Promise.all([listDeals(now), getTranslations("deals.page")]);
  const serverNow = now.toISOString();
  return (
    <ClientMessages locale={await requestLocale()} namespaces={["deals.time"]}>
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
        {running.length > 0 && (
          <section aria-labelledby="running-heading">
            <h2 id="running-heading" className="mb-4 text-xl font-semibold">
              {t("onNow")}
            </h2>
            <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
              {running.map((sale) => (
                <DealCard key={sale.id} sale={sale} serverNow={serverNow} />
              ))}
            </div>
          </section>
        )}
        {upcoming.length > 0 && (
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="mb-4 text-xl font-semibold">
              {t("comingUp")}
            </h2>
            <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
              {upcoming.map((sale) => (
                <DealCard key={sale.id} sale={sale} upcoming serverNow={serverNow} />
              ))}
            </div>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
