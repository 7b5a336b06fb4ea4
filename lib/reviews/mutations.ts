import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders, products, reviews, reviewVotes, users } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import { earnPointsForReview } from "@/lib/loyalty/earn";
import { canReview, canVoteHelpful, REFUSALS, reviewAuthorName } from "./rules";
import type { ReviewInput } from "./schema";

export type CreateReviewResult =
  | { ok: true; reviewId: number; productId: number; productSlug: string; productTitle: string }
  | { ok: false; error: string; notFound?: boolean };

const ALREADY_REVIEWED = REFUSALS["already-reviewed"];

/**
 * Publishes `userId`'s review of one of their delivered order lines. The unique
 * order_line_id makes a second review of the same line fail even when two
 * submissions race; the products.rating_* columns follow by trigger.
 */
export async function createReview(userId: string, input: ReviewInput): Promise<CreateReviewResult> {
  try {
    return await db.transaction(async (tx) => {
      const [line] = await tx
        .select({
          productId: orderLines.productId,
          productSlug: products.slug,
          productTitle: products.title,
          orderUserId: orders.userId,
          orderStatus: orders.status,
          reviewId: reviews.id,
        })
        .from(orderLines)
        .innerJoin(orders, eq(orders.id, orderLines.orderId))
        .leftJoin(products, eq(products.id, orderLines.productId))
        .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
        .where(eq(orderLines.id, input.orderLineId))
        .limit(1);
      if (!line) return { ok: false, error: REFUSALS["not-yours"], notFound: true };
      const verdict = canReview(userId, { ...line, alreadyReviewed: line.reviewId !== null });
      if (!verdict.ok) return { ok: false, error: REFUSALS[verdict.reason], notFound: verdict.reason === "not-yours" };
      const [author] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
      const [row] = await tx
        .insert(reviews)
        .values({
          productId: line.productId!,
          userId,
          orderLineId: input.orderLineId,
          rating: input.rating,
          body: input.body,
          anonymous: input.anonymous,
          authorName: reviewAuthorName(author?.name ?? "", input.anonymous),
        })
        .returning({ id: reviews.id });
      await earnPointsForReview(tx, { userId, reviewId: row!.id, body: input.body });
      return { ok: true, reviewId: row!.id, productId: line.productId!, productSlug: line.productSlug!, productTitle: line.productTitle! };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: ALREADY_REVIEWED };
    throw error;
  }
}

export type VoteResult = { ok: true; helpfulCount: number; productSlug: string } | { ok: false; error: string; notFound?: boolean };

/** Counts `userId`'s "helpful" vote on a published review once; a repeat or a vote on one's own review changes nothing. */
export async function voteHelpful(userId: string, reviewId: number): Promise<VoteResult> {
  return db.transaction(async (tx) => {
    const [review] = await tx
      .select({ userId: reviews.userId, slug: products.slug })
      .from(reviews)
      .innerJoin(products, eq(products.id, reviews.productId))
      .where(and(eq(reviews.id, reviewId), eq(reviews.status, "published")))
      .limit(1);
    if (!review) return { ok: false, error: "That review no longer exists.", notFound: true };
    if (!canVoteHelpful(userId, review, false)) return { ok: false, error: "You cannot vote on your own review." };
    const inserted = await tx
      .insert(reviewVotes)
      .values({ reviewId, userId })
      .onConflictDoNothing()
      .returning({ reviewId: reviewVotes.reviewId });
    if (inserted.length === 0) return { ok: false, error: "You have already marked this review as helpful." };
    const [updated] = await tx
      .update(reviews)
      .set({ helpfulCount: sql`${reviews.helpfulCount} + 1` })
      .where(eq(reviews.id, reviewId))
      .returning({ helpfulCount: reviews.helpfulCount });
    return { ok: true, helpfulCount: updated!.helpfulCount, productSlug: review.slug };
  });
}
