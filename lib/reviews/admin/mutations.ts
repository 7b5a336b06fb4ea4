import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { products, reviews } from "@/db/schema";

export type ModerationResult = { ok: true; productSlug: string } | { ok: false; error: string; notFound?: boolean };

const GONE: ModerationResult = { ok: false, error: "That review no longer exists.", notFound: true };

async function slugOf(productId: number): Promise<string> {
  const [row] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, productId));
  return row!.slug;
}

/**
 * Hides a review from shoppers or shows it again. The products.rating_* columns
 * follow by trigger, so the product's average and count leave hidden reviews out.
 */
export async function setReviewStatus(reviewId: number, status: "published" | "hidden"): Promise<ModerationResult> {
  const [row] = await db
    .update(reviews)
    .set({ status, updatedAt: sql`now()` })
    .where(eq(reviews.id, reviewId))
    .returning({ productId: reviews.productId });
  return row ? { ok: true, productSlug: await slugOf(row.productId) } : GONE;
}

/** Sets the store's public reply under a review (null removes it). */
export async function setMerchantReply(reviewId: number, reply: string | null): Promise<ModerationResult> {
  const [row] = await db
    .update(reviews)
    .set({ merchantReply: reply, merchantRepliedAt: reply === null ? null : sql`now()`, updatedAt: sql`now()` })
    .where(eq(reviews.id, reviewId))
    .returning({ productId: reviews.productId });
  return row ? { ok: true, productSlug: await slugOf(row.productId) } : GONE;
}
