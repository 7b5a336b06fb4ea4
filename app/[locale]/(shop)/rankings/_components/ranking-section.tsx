import { Link } from "@/lib/i18n/navigation";
import { Price } from "@/components/ui/price";
import { newFigure, RANKING_TITLES, ratingFigure, reviewsFigure, type RankingList, soldFigure } from "@/lib/rankings/lists";
import type { RankedProduct } from "@/lib/rankings/queries";

function figure(list: RankingList, item: RankedProduct): string {
  switch (list) {
    case "week":
    case "month":
    case "all":
      return soldFigure(item.units, list);
    case "new":
      return newFigure(item.publishedAt);
    case "reviewed":
      return reviewsFigure(item.product.rating.count);
    case "rated":
      return ratingFigure(item.product.rating.average, item.product.rating.count);
  }
}

/** One ranking: a section with its heading and the products as an ordered list, each with its rank and figure. */
export function RankingSection({ list, items }: { list: RankingList; items: RankedProduct[] }) {
  const headingId = `ranking-${list}-heading`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-zinc-200 p-4">
      <h2 id={headingId} className="mb-3 text-lg font-semibold">
        {RANKING_TITLES[list]}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-600">Nothing to rank here yet.</p>
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
                <span className="text-zinc-600">{figure(list, item)}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
