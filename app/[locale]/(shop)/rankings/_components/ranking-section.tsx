import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "@/components/ui/price";
import type { RankingList } from "@/lib/rankings/lists";
import type { RankedProduct } from "@/lib/rankings/queries";

type Translate = Awaited<ReturnType<typeof getTranslations<"rankings">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

/** "120 sold this week", "New on 2 Dec 2026", "34 reviews", "Rated 4.8 out of 5 (34 reviews)", in the page's language. */
function figure(list: RankingList, item: RankedProduct, t: Translate, format: Format): string {
  const reviews = () => t("figures.reviews", { count: item.product.rating.count, formatted: format.number(item.product.rating.count) });
  switch (list) {
    case "week":
    case "month":
    case "all":
      return t(`figures.sold.${list}`, { units: format.number(item.units) });
    case "new":
      return item.publishedAt
        ? t("figures.newOn", { date: format.dateTime(new Date(item.publishedAt), { day: "numeric", month: "short", year: "numeric" }) })
        : t("figures.new");
    case "reviewed":
      return reviews();
    case "rated":
      return t("figures.rated", {
        rating: format.number(item.product.rating.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        reviews: reviews(),
      });
  }
}

/** One ranking: a section with its heading and the products as an ordered list, each with its rank and figure. */
export async function RankingSection({ list, items }: { list: RankingList; items: RankedProduct[] }) {
  const [t, format] = await Promise.all([getTranslations("rankings"), getFormatter()]);
  const headingId = `ranking-${list}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-zinc-200 p-4">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {t(`titles.${list}`)}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-600">{t("empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {items.map((item, i) => (
            <li key={item.product.id} className="flex items-center gap-3">
              <span className="w-7 shrink-0 text-center text-lg font-bold text-zinc-500">{i + 1}</span>
              <span className="size-14 shrink-0 overflow-hidden rounded-lg bg-zinc-100">
                {item.product.image && (
                  <img src={item.product.image.url} alt="" width={56} height={56} loading="lazy" className="h-full w-full object-cover" />
                )}
              </span>
              <span className="flex min-w-0 flex-col text-sm">
                <Link href={`/p/${item.product.slug}`} className="line-clamp-2 font-medium hover:underline">
                  {item.product.title}
                </Link>
                <Price price={item.product.price} compareAt={item.product.compareAt} from={item.product.priceVaries} />
                <span className="text-zinc-600">{figure(list, item, t, format)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
