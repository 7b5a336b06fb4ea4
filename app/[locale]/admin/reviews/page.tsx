import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { listReviewsForModeration } from "@/lib/reviews/admin/queries";
import { reviewFiltersSchema, type ReviewFilters } from "@/lib/reviews/admin/schema";
import { ModerationItem } from "./_components/moderation-item";
import { ReviewFiltersForm } from "./_components/review-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminReviews"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

function hrefFor(filters: ReviewFilters, page: number): string {
  const s = new URLSearchParams();
  if (filters.q) s.set("q", filters.q);
  if (filters.status) s.set("status", filters.status);
  if (filters.rating) s.set("rating", String(filters.rating));
  if (page > 1) s.set("page", String(page));
  const query = s.toString();
  return query ? `/admin/reviews?${query}` : "/admin/reviews";
}

export default async function AdminReviewsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/reviews");
  const raw = await searchParams;
  const filters = reviewFiltersSchema.parse({ q: one(raw.q), status: one(raw.status), rating: one(raw.rating), page: one(raw.page) });
  const [list, t] = await Promise.all([listReviewsForModeration(filters), getTranslations("adminReviews")]);
  const filtered = Boolean(filters.q || filters.status || filters.rating);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <ReviewFiltersForm filters={filters} />
      <p className="mb-4 text-sm text-zinc-600" aria-live="polite">
        {t("count", { count: list.total })}
        {filtered && (
          <>
            {" "}
            ·{" "}
            <Link href="/admin/reviews" className="underline">
              {t("clearFilters")}
            </Link>
          </>
        )}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600">{filtered ? t("noneMatch") : t("none")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="flex flex-col gap-4">
          {list.items.map((r) => (
            <li key={r.id}>
              <ModerationItem review={r} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={(p) => hrefFor(filters, p)} />
    </>
  );
}
