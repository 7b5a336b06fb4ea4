import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getCachedReviewHighlights } from "@/lib/reviews/cached";
import { ReviewItem } from "./review-item";
import { ReviewSummary } from "./review-summary";

/** The product page's reviews: summary and the newest few, part of the cached page (refreshed by the product's tag). */
export async function ProductReviews({ productId, slug }: { productId: number; slug: string }) {
  const [{ summary, newest }, t] = await Promise.all([getCachedReviewHighlights(productId, slug), getTranslations("reviews")]);
  return (
    <section aria-labelledby="reviews-heading" className="mt-16 flex flex-col gap-4">
      <h2 id="reviews-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ReviewSummary summary={summary} />
      {newest.length > 0 && (
        <>
          <ul aria-label={t("newest")}>
            {newest.map((r) => (
              <li key={r.id}>
                <ReviewItem review={r} />
              </li>
            ))}
          </ul>
          <Link href={`/p/${slug}/reviews`} className="w-fit font-medium underline">
            {t("seeAll")}
          </Link>
        </>
      )}
    </section>
  );
}
