import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { DealCard } from "@/components/promotions/deal-card";
import { listDeals } from "@/lib/promotions/flash-sales";

export const metadata: Metadata = {
  title: "Flash deals",
  description: "Flash sales running now and starting soon: limited units at a lower price.",
  alternates: { canonical: "/deals" },
};

// Rendered per request: units left and what is running change by the second, and the
// countdowns start from this render's clock (a few indexed rows; nothing worth caching).
export const dynamic = "force-dynamic";

export default async function DealsPage() {
  const now = new Date();
  const { running, upcoming } = await listDeals(now);
  const serverNow = now.toISOString();
  return (
    <div className="flex flex-col gap-10">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Flash deals</h1>
      {running.length === 0 && upcoming.length === 0 && (
        <div className="flex flex-col items-start gap-4 rounded-xl bg-zinc-50 p-8">
          <p className="text-zinc-700">There are no flash sales right now. Come back soon, or browse our best sellers.</p>
          <Link href="/search?sort=popular" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
            Browse best sellers
          </Link>
        </div>
      )}
      {running.length > 0 && (
        <section aria-labelledby="running-heading">
          <h2 id="running-heading" className="mb-4 text-xl font-semibold">
            On now
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
            Coming up
          </h2>
          <div className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
            {upcoming.map((sale) => (
              <DealCard key={sale.id} sale={sale} upcoming serverNow={serverNow} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
