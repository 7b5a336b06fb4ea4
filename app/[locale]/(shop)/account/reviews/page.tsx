import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ReviewItem } from "@/components/reviews/review-item";
import { requireUser } from "@/lib/auth/session";
import { listUserReviews } from "@/lib/reviews/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("reviews.metaTitle") };
}

export default async function AccountReviewsPage() {
  const user = await requireUser("/account/reviews");
  const [reviews, t] = await Promise.all([listUserReviews(user.id), getTranslations("account.reviews")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {reviews.length === 0 ? (
        <p className="text-zinc-600">{t("empty")}</p>
      ) : (
        <ul aria-label={t("label")}>
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
