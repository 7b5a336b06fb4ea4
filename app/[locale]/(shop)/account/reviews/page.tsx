import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ReviewItem } from "@/components/reviews/review-item";
import { requireUser } from "@/lib/auth/session";
import { listUserReviews } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your reviews" };

export default async function AccountReviewsPage() {
  const user = await requireUser("/account/reviews");
  const reviews = await listUserReviews(user.id);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">Reviews</h1>
      {reviews.length === 0 ? (
        <p className="text-zinc-600">
          You have not written any reviews yet. Once an order is delivered, you can review its items from the order page.
        </p>
      ) : (
        <ul aria-label="Your reviews">
          {reviews.map((r) => (
            <li key={r.id}>
              <ReviewItem
                review={r}
                heading={
                  <h2 className="font-medium">
                    <Link href={`/p/${r.product.slug}`} className="underline hover:text-zinc-600">
                      {r.product.title}
                    </Link>
                  </h2>
                }
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
