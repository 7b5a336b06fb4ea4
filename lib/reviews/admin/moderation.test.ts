import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { products } from "@/db/schema";
import { createTestOrder, createTestUser, pickProduct } from "@/lib/accounts/testing";
import { listReviewsForModeration } from "./queries";
import { reviewFiltersSchema } from "./schema";
import { setMerchantReply, setReviewStatus } from "./mutations";
import { createReview } from "../mutations";
import { getReviewSummary, listProductReviews } from "../queries";

async function rating(productId: number) {
  const [row] = await db.select({ avg: products.ratingAvg, count: products.ratingCount }).from(products).where(eq(products.id, productId));
  return { avg: Number(row!.avg), count: row!.count };
}

async function reviewOf(product: Awaited<ReturnType<typeof pickProduct>>, name: string, stars: number, body: string) {
  const user = await createTestUser(name);
  const order = await createTestOrder(user.id, "delivered", [product]);
  const review = await createReview(user.id, { orderLineId: order.lineIds[0]!, rating: stars, body, anonymous: false });
  if (!review.ok) throw new Error(review.error);
  return review.reviewId;
}

const filters = (raw: Record<string, string>) => reviewFiltersSchema.parse(raw);

describe("review moderation (real PostgreSQL)", () => {
  it("hiding a review takes it out of the product's reviews, average and count; showing it puts it back", async () => {
    const product = await pickProduct(70);
    await reviewOf(product, "Gail Good", 5, "Lovely thing, works as described.");
    const abusive = await reviewOf(product, "Rex Rude", 1, "Rubbish shop, rubbish people, stay away.");
    expect(await rating(product.id)).toEqual({ avg: 3, count: 2 });

    expect(await setReviewStatus(abusive, "hidden")).toEqual({ ok: true, productSlug: product.slug });
    expect(await rating(product.id)).toEqual({ avg: 5, count: 1 });
    expect(await getReviewSummary(product.id)).toMatchObject({ average: 5, count: 1 });
    expect((await listProductReviews(product.id, "newest")).items.map((r) => r.author)).toEqual(["Gail Good"]);

    await setReviewStatus(abusive, "published");
    expect(await rating(product.id)).toEqual({ avg: 3, count: 2 });
    expect(await setReviewStatus(999_999_999, "hidden")).toMatchObject({ ok: false, notFound: true });
  });

  it("saves, edits and removes the store's reply, which shoppers see under the review", async () => {
    const product = await pickProduct(71);
    const id = await reviewOf(product, "Quinn Query", 3, "Fine, but the box arrived dented.");
    expect(await setMerchantReply(id, "Sorry about the box: <b>write to us</b> for a replacement.")).toMatchObject({ ok: true });
    const [shown] = (await listProductReviews(product.id, "newest")).items;
    expect(shown!.reply).toEqual({ text: "Sorry about the box: <b>write to us</b> for a replacement.", at: expect.any(String) });

    await setMerchantReply(id, "Replacement sent.");
    expect((await listProductReviews(product.id, "newest")).items[0]!.reply?.text).toBe("Replacement sent.");
    await setMerchantReply(id, null);
    expect((await listProductReviews(product.id, "newest")).items[0]!.reply).toBeNull();
  });

  it("lists reviews newest first, filtered by text, product title, author, status and rating", async () => {
    const product = await pickProduct(72);
    const tag = `zq${process.pid}${Date.now().toString(36)}`;
    const older = await reviewOf(product, `Olive ${tag}`, 4, "Does the job, nothing more to add.");
    const newer = await reviewOf(product, "Nina New", 2, `Broke after a week ${tag}.`);
    await setReviewStatus(newer, "hidden");

    const all = await listReviewsForModeration(filters({ q: tag }));
    expect(all.items.map((r) => r.id)).toEqual([newer, older]);
    expect(all.items[0]).toMatchObject({ status: "hidden", product: { slug: product.slug } });
    expect((await listReviewsForModeration(filters({ q: tag, status: "hidden" }))).items.map((r) => r.id)).toEqual([newer]);
    expect((await listReviewsForModeration(filters({ q: tag, rating: "4" }))).items.map((r) => r.id)).toEqual([older]);
    expect((await listReviewsForModeration(filters({ q: product.title, status: "published" }))).items.map((r) => r.id)).toContain(older);
    // Odd values fall back to no filter; LIKE wildcards are matched literally.
    expect(filters({ status: "deleted", rating: "9", page: "-3" })).toEqual({ q: "", status: undefined, rating: undefined, page: 1 });
    expect((await listReviewsForModeration(filters({ q: "%%%_" }))).total).toBe(0);

    const paged = await listReviewsForModeration(filters({ q: tag, page: "2" }), 1);
    expect([paged.page, paged.pageCount, paged.items[0]?.id]).toEqual([2, 2, older]);
  });
});
