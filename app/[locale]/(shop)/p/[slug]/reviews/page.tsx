import type { Metadata } from "next";
import { requestLocale } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/listing/pagination";
import { HelpfulButton } from "@/components/reviews/helpful-button";
import { ReviewItem } from "@/components/reviews/review-item";
import { ReviewSummary } from "@/components/reviews/review-summary";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getSessionUser } from "@/lib/auth/session";
import { getCachedProduct } from "@/lib/catalog/cached";
import { slugParam } from "@/lib/catalog/slug";
import { getReviewSummary, listProductReviews, listVotedReviewIds } from "@/lib/reviews/queries";
import { reviewSortSchema, type ReviewSort } from "@/lib/reviews/schema";
import { pageLocale } from "@/lib/i18n/server";
import { languageAlternates } from "@/lib/seo/alternates";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORTS: ReviewSort[] = ["newest", "helpful"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const [product, t] = await Promise.all([
    getCachedProduct(slugParam((await params).slug), locale),
    getTranslations({ locale, namespace: "reviews.page" }),
  ]);
  return {
    title: product ? t("title", { title: product.title }) : t("titleShort"),
    alternates: product ? languageAlternates(`/p/${product.slug}/reviews`, locale) : undefined,
  };
}

export default async function ProductReviewsPage({ params, searchParams }: Props) {
  const [product, query] = await Promise.all([
    requestLocale().then(async (locale) => getCachedProduct(slugParam((await params).slug), locale)),
    searchParams,
  ]);
  if (!product) notFound();
  const [t, tReviews, tProduct] = await Promise.all([
    getTranslations("reviews.page"),
    getTranslations("reviews"),
    getTranslations("product"),
  ]);
  const sort = reviewSortSchema.parse(query.sort);
  const pageParam = Number(typeof query.page === "string" ? query.page : 1);
  const [summary, page, user] = await Promise.all([
    getReviewSummary(product.id),
    listProductReviews(product.id, sort, Number.isSafeInteger(pageParam) ? pageParam : 1),
    getSessionUser(),
  ]);
  const voted = user
    ? await listVotedReviewIds(
        user.id,
        page.items.map((r) => r.id),
      )
    : new Set<number>();
  const base = `/p/${product.slug}/reviews`;
  const href = (s: ReviewSort, p = 1) =>
    `${base}?${new URLSearchParams({ ...(s === "newest" ? {} : { sort: s }), ...(p > 1 ? { page: String(p) } : {}) })}`.replace(/\?$/, "");

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        items={[
          { name: tProduct("home"), href: "/" },
          { name: product.title, href: `/p/${product.slug}` },
          { name: t("titleShort"), href: base },
        ]}
      />
      <h1 className="text-2xl font-bold tracking-tight">{t("title", { title: product.title })}</h1>
      <ReviewSummary summary={summary} />
      {page.total > 0 && (
        <nav aria-label={t("sortLabel")} className="flex items-center gap-2 text-sm">
          <span className="text-zinc-600">{t("sort")}</span>
          {SORTS.map((s) => (
            <Link
              key={s}
              href={href(s)}
              aria-current={s === sort ? "true" : undefined}
              className="rounded-full border border-zinc-300 px-3 py-1 aria-[current=true]:border-zinc-900 aria-[current=true]:bg-zinc-900 aria-[current=true]:text-white"
            >
              {t(s)}
            </Link>
          ))}
        </nav>
      )}
      <ul aria-label={t("titleShort")}>
        {page.items.map((r) => (
          <li key={r.id}>
            <ReviewItem
              review={r}
              footer={
                user ? (
                  <HelpfulButton reviewId={r.id} count={r.helpfulCount} voted={voted.has(r.id)} />
                ) : (
                  <p className="text-sm text-zinc-600">
                    {tReviews("foundHelpful", { count: r.helpfulCount })} ·{" "}
                    <Link href={`/sign-in?next=${encodeURIComponent(href(sort, page.page))}`} className="underline">
                      {t("signInToVote")}
                    </Link>
                  </p>
                )
              }
            />
          </li>
        ))}
      </ul>
      <Pagination page={page.page} pageCount={page.pageCount} href={(p) => href(sort, p)} />
      <Link href={`/p/${product.slug}`} className="w-fit underline">
        {t("back", { title: product.title })}
      </Link>
    </div>
  );
}
