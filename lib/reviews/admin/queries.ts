import "server-only";
import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { products, reviews } from "@/db/schema";
import { containsPattern } from "@/lib/text";
import type { ReviewFilters } from "./schema";

export const ADMIN_REVIEWS_PER_PAGE = 20;

/** A review as the moderation list shows it. Dates are ISO strings. */
export type AdminReview = {
  id: number;
  rating: number;
  body: string;
  author: string;
  anonymous: boolean;
  status: "published" | "hidden";
  createdAt: string;
  reply: { text: string; at: string } | null;
  product: { id: number; slug: string; title: string };
};

export type AdminReviewPage = { items: AdminReview[]; total: number; page: number; pageCount: number };

function conditions(f: ReviewFilters): SQL | undefined {
  const where: SQL[] = [];
  if (f.q) {
    const like = containsPattern(f.q);
    where.push(or(ilike(reviews.body, like), ilike(products.title, like), ilike(reviews.authorName, like))!);
  }
  if (f.status) where.push(eq(reviews.status, f.status));
  if (f.rating) where.push(eq(reviews.rating, f.rating));
  return where.length ? and(...where) : undefined;
}

/** Reviews of every product, newest first, filtered by text (review, product title, author), status and rating. */
export async function listReviewsForModeration(filters: ReviewFilters, perPage = ADMIN_REVIEWS_PER_PAGE): Promise<AdminReviewPage> {
  const where = conditions(filters);
  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(where);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(filters.page, pageCount);
  const rows = await db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      body: reviews.body,
      author: reviews.authorName,
      anonymous: reviews.anonymous,
      status: reviews.status,
      createdAt: reviews.createdAt,
      reply: reviews.merchantReply,
      repliedAt: reviews.merchantRepliedAt,
      productId: products.id,
      slug: products.slug,
      title: products.title,
    })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(where)
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(perPage)
    .offset((page - 1) * perPage);
  return {
    items: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      author: r.author,
      anonymous: r.anonymous,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      reply: r.reply ? { text: r.reply, at: (r.repliedAt ?? r.createdAt).toISOString() } : null,
      product: { id: r.productId, slug: r.slug, title: r.title },
    })),
    total,
    page,
    pageCount,
  };
}
