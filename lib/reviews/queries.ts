import "server-only";
import { and, count, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders, products, reviews, reviewVotes } from "@/db/schema";
import { averageOf, canReview, type RatingDistribution, type ReviewVerdict } from "./rules";
import type { ReviewSort } from "./schema";
import type { MyReview, ReviewableLine, ReviewPage, ReviewSummary, ReviewView } from "./types";

export const REVIEWS_PER_PAGE = 10;

const published = (productId: number) => and(eq(reviews.productId, productId), eq(reviews.status, "published"));

const viewColumns = {
  id: reviews.id,
  rating: reviews.rating,
  body: reviews.body,
  author: reviews.authorName,
  anonymous: reviews.anonymous,
  helpfulCount: reviews.helpfulCount,
  createdAt: reviews.createdAt,
  merchantReply: reviews.merchantReply,
  merchantRepliedAt: reviews.merchantRepliedAt,
};

type ViewRow = {
  id: number;
  rating: number;
  body: string;
  author: string;
  anonymous: boolean;
  helpfulCount: number;
  createdAt: Date;
  merchantReply: string | null;
  merchantRepliedAt: Date | null;
};

function toView(r: ViewRow): ReviewView {
  return {
    id: r.id,
    rating: r.rating,
    body: r.body,
    author: r.anonymous ? "Anonymous" : r.author,
    helpfulCount: r.helpfulCount,
    createdAt: r.createdAt.toISOString(),
    reply: r.merchantReply ? { text: r.merchantReply, at: (r.merchantRepliedAt ?? r.createdAt).toISOString() } : null,
  };
}

/** Average, count and how many reviews gave each number of stars (published reviews only). */
export async function getReviewSummary(productId: number): Promise<ReviewSummary> {
  const rows = await db.select({ rating: reviews.rating, n: count() }).from(reviews).where(published(productId)).groupBy(reviews.rating);
  const distribution: RatingDistribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const r of rows) if (r.rating >= 1 && r.rating <= 5) distribution[r.rating as 1 | 2 | 3 | 4 | 5] = r.n;
  return { ...averageOf(distribution), distribution };
}

/** One page of a product's published reviews, newest or most helpful first. */
export async function listProductReviews(productId: number, sort: ReviewSort, page = 1, perPage = REVIEWS_PER_PAGE): Promise<ReviewPage> {
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(reviews).where(published(productId));
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const order =
    sort === "helpful"
      ? [desc(reviews.helpfulCount), desc(reviews.createdAt), desc(reviews.id)]
      : [desc(reviews.createdAt), desc(reviews.id)];
  const rows = await db
    .select(viewColumns)
    .from(reviews)
    .where(published(productId))
    .orderBy(...order)
    .limit(perPage)
    .offset((current - 1) * perPage);
  return { items: rows.map(toView), total, page: current, pageCount };
}

/** The reviews a shopper wrote, newest first, with their products. */
export async function listUserReviews(userId: string): Promise<MyReview[]> {
  const rows = await db
    .select({ ...viewColumns, slug: products.slug, title: products.title })
    .from(reviews)
    .innerJoin(products, eq(products.id, reviews.productId))
    .where(eq(reviews.userId, userId))
    .orderBy(desc(reviews.createdAt), desc(reviews.id));
  // The author sees their own name even on an anonymous review.
  return rows.map((r) => ({ ...toView({ ...r, anonymous: false }), product: { slug: r.slug, title: r.title } }));
}

/** Ids among `reviewIds` that `userId` already found helpful. */
export async function listVotedReviewIds(userId: string, reviewIds: number[]): Promise<Set<number>> {
  if (reviewIds.length === 0) return new Set();
  const rows = await db
    .select({ id: reviewVotes.reviewId })
    .from(reviewVotes)
    .where(and(eq(reviewVotes.userId, userId), inArray(reviewVotes.reviewId, reviewIds)));
  return new Set(rows.map((r) => r.id));
}

/**
 * The order line behind /orders/<number>/review/<lineId>, when it belongs to
 * `userId`'s order `orderNumber` (else null: answer 404), and whether it may be reviewed now.
 */
export async function getReviewableLine(
  userId: string,
  orderNumber: string,
  lineId: number,
): Promise<{ line: ReviewableLine; verdict: ReviewVerdict } | null> {
  const [row] = await db
    .select({
      lineId: orderLines.id,
      orderNumber: orders.number,
      orderUserId: orders.userId,
      orderStatus: orders.status,
      productId: orderLines.productId,
      productSlug: orderLines.productSlug,
      productTitle: orderLines.productTitle,
      variantTitle: orderLines.variantTitle,
      imageUrl: orderLines.imageUrl,
      reviewId: reviews.id,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
    .where(and(eq(orderLines.id, lineId), eq(orders.number, orderNumber)))
    .limit(1);
  if (!row || row.orderUserId !== userId) return null;
  const verdict = canReview(userId, { ...row, alreadyReviewed: row.reviewId !== null });
  const { orderUserId: _u, orderStatus: _s, reviewId: _r, ...line } = row;
  return { line, verdict };
}
