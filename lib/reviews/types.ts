import type { RatingDistribution } from "./rules";

/** App-facing review shapes. Dates are ISO strings (cache-safe). */
export type ReviewView = {
  id: number;
  rating: number;
  body: string;
  author: string;
  helpfulCount: number;
  createdAt: string;
  /** The store's public answer, shown under the review. */
  reply: { text: string; at: string } | null;
};

export type ReviewSummary = { average: number; count: number; distribution: RatingDistribution };

export type ReviewPage = { items: ReviewView[]; total: number; page: number; pageCount: number };

export type MyReview = ReviewView & { product: { slug: string; title: string } };

/** An order line as the review form needs it, with whether it may be reviewed. */
export type ReviewableLine = {
  lineId: number;
  orderNumber: string;
  productId: number | null;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  imageUrl: string | null;
};
