import type { OrderStatus } from "@/db/schema";

/** Orders whose goods have reached the shopper: only their lines may be reviewed. */
export const REVIEWABLE_STATUSES: readonly OrderStatus[] = ["delivered", "completed"];

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const REVIEW_MIN_LENGTH = 10;
export const REVIEW_MAX_LENGTH = 2000;

/** What is known about one order line when a shopper asks to review it. */
export type ReviewCandidate = {
  orderUserId: string | null;
  orderStatus: OrderStatus;
  productId: number | null;
  alreadyReviewed: boolean;
};

export type ReviewVerdict = { ok: true } | { ok: false; reason: "not-yours" | "not-delivered" | "already-reviewed" | "product-gone" };

/** May `userId` review this line? Only the buyer, after delivery, once, while the product exists. */
export function canReview(userId: string, line: ReviewCandidate): ReviewVerdict {
  if (!line.orderUserId || line.orderUserId !== userId) return { ok: false, reason: "not-yours" };
  if (line.alreadyReviewed) return { ok: false, reason: "already-reviewed" };
  if (!REVIEWABLE_STATUSES.includes(line.orderStatus)) return { ok: false, reason: "not-delivered" };
  if (line.productId === null) return { ok: false, reason: "product-gone" };
  return { ok: true };
}

/** The sentence a shopper sees for each refusal. */
export const REFUSALS: Record<Exclude<ReviewVerdict, { ok: true }>["reason"], string> = {
  "not-yours": "This item is not in one of your orders.",
  "not-delivered": "You can review this item once the order has been delivered.",
  "already-reviewed": "You have already reviewed this item. Each purchase can be reviewed once.",
  "product-gone": "This product is no longer sold, so it cannot be reviewed.",
};

/** Length of review text as a person counts it (characters, not UTF-16 units), after trimming. */
export function reviewTextLength(text: string): number {
  return [...text.trim()].length;
}

/** A shopper may find someone else's review helpful, once; never their own. */
export function canVoteHelpful(userId: string, review: { userId: string | null }, alreadyVoted: boolean): boolean {
  return review.userId !== userId && !alreadyVoted;
}

/** The name shown with a review: the author's name, or "Anonymous" when they asked for it or have none. */
export function reviewAuthorName(name: string, anonymous: boolean): string {
  const trimmed = name.trim();
  return anonymous || !trimmed ? "Anonymous" : trimmed;
}

export type RatingDistribution = Record<1 | 2 | 3 | 4 | 5, number>;

/** Average to one decimal, e.g. 4.5; 0 when there are no ratings. */
export function averageOf(distribution: RatingDistribution): { average: number; count: number } {
  let count = 0;
  let sum = 0;
  for (const star of [1, 2, 3, 4, 5] as const) {
    count += distribution[star];
    sum += star * distribution[star];
  }
  return { average: count ? Math.round((sum / count) * 10) / 10 : 0, count };
}
