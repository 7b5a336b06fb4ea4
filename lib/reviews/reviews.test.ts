import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { products, reviews } from "@/db/schema";
import { createTestOrder, createTestUser, pickProduct } from "@/lib/accounts/testing";
import { createReview, voteHelpful } from "./mutations";
import { getReviewableLine, getReviewSummary, listProductReviews, listUserReviews } from "./queries";

const text = "Solid build, does exactly what it says.";

async function rating(productId: number) {
  const [row] = await db.select({ avg: products.ratingAvg, count: products.ratingCount }).from(products).where(eq(products.id, productId));
  return { avg: Number(row!.avg), count: row!.count };
}

describe("reviews (real PostgreSQL)", () => {
  it("publishes a buyer's review of a delivered line; products.rating_* follow by trigger", async () => {
    const product = await pickProduct(40);
    const before = await rating(product.id);
    expect(before.count).toBe(0);
    const [ann, bob] = [await createTestUser("Ann Buyer"), await createTestUser("Bob Buyer")];
    const a = await createTestOrder(ann.id, "delivered", [product]);
    const b = await createTestOrder(bob.id, "completed", [product]);

    const first = await createReview(ann.id, { orderLineId: a.lineIds[0]!, rating: 5, body: text, anonymous: false });
    expect(first).toMatchObject({ ok: true, productId: product.id, productSlug: product.slug });
    expect(await rating(product.id)).toEqual({ avg: 5, count: 1 });

    await createReview(bob.id, { orderLineId: b.lineIds[0]!, rating: 4, body: "Good, but the lid is loose.", anonymous: true });
    expect(await rating(product.id)).toEqual({ avg: 4.5, count: 2 });

    const summary = await getReviewSummary(product.id);
    expect(summary).toEqual({ average: 4.5, count: 2, distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 } });
    const page = await listProductReviews(product.id, "newest");
    expect(page.total).toBe(2);
    expect(page.items.map((r) => r.author)).toEqual(["Anonymous", "Ann Buyer"]);
    // The author still sees their own anonymous review among theirs.
    expect((await listUserReviews(bob.id))[0]).toMatchObject({ rating: 4, product: { slug: product.slug } });
  });

  it("refuses someone else's line, an undelivered line and a second review of the same line", async () => {
    const product = await pickProduct(41);
    const [owner, other] = [await createTestUser(), await createTestUser()];
    const delivered = await createTestOrder(owner.id, "delivered", [product]);
    const shipped = await createTestOrder(owner.id, "shipped", [product]);
    const input = (orderLineId: number) => ({ orderLineId, rating: 3, body: text, anonymous: false });

    expect(await createReview(other.id, input(delivered.lineIds[0]!))).toMatchObject({ ok: false, notFound: true });
    expect(await getReviewableLine(other.id, delivered.number, delivered.lineIds[0]!)).toBeNull();
    const notYet = await createReview(owner.id, input(shipped.lineIds[0]!));
    expect(notYet).toMatchObject({ ok: false, error: expect.stringMatching(/once the order has been delivered/) });
    expect(await createReview(owner.id, input(999_999_999))).toMatchObject({ ok: false, notFound: true });

    expect(await createReview(owner.id, input(delivered.lineIds[0]!))).toMatchObject({ ok: true });
    const again = await createReview(owner.id, input(delivered.lineIds[0]!));
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already reviewed/) });
    expect((await getReviewableLine(owner.id, delivered.number, delivered.lineIds[0]!))?.verdict).toEqual({
      ok: false,
      reason: "already-reviewed",
    });
    // The line's number must match the order: a line id under another order number is not found.
    expect(await getReviewableLine(owner.id, shipped.number, delivered.lineIds[0]!)).toBeNull();
    expect(await rating(product.id)).toEqual({ avg: 3, count: 1 });
  });

  it("two racing submissions for one line publish one review, the other gets a clear message", async () => {
    const product = await pickProduct(42);
    const user = await createTestUser();
    const order = await createTestOrder(user.id, "delivered", [product]);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createReview(user.id, { orderLineId: order.lineIds[0]!, rating: 2, body: text, anonymous: false })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ error: expect.stringMatching(/already reviewed/) });
    expect(await db.$count(reviews, eq(reviews.orderLineId, order.lineIds[0]!))).toBe(1);
  });

  it("counts a helpful vote once per user, never on one's own review, and sorts by it", async () => {
    const product = await pickProduct(43);
    const [author, author2, voter] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const o1 = await createTestOrder(author.id, "delivered", [product]);
    const o2 = await createTestOrder(author2.id, "delivered", [product]);
    const older = await createReview(author.id, { orderLineId: o1.lineIds[0]!, rating: 4, body: text, anonymous: false });
    await createReview(author2.id, { orderLineId: o2.lineIds[0]!, rating: 5, body: text, anonymous: false });
    if (!older.ok) throw new Error("setup failed");

    expect(await voteHelpful(voter.id, older.reviewId)).toMatchObject({ ok: true, helpfulCount: 1 });
    expect(await voteHelpful(voter.id, older.reviewId)).toMatchObject({ ok: false, error: expect.stringMatching(/already/) });
    const racing = await Promise.all([voteHelpful(author2.id, older.reviewId), voteHelpful(author2.id, older.reviewId)]);
    expect(racing.filter((r) => r.ok)).toHaveLength(1);
    expect(await voteHelpful(author.id, older.reviewId)).toMatchObject({ ok: false, error: expect.stringMatching(/own review/) });
    expect(await voteHelpful(voter.id, 999_999_999)).toMatchObject({ ok: false, notFound: true });

    const [row] = await db.select({ n: reviews.helpfulCount }).from(reviews).where(eq(reviews.id, older.reviewId));
    expect(row!.n).toBe(2);
    expect((await listProductReviews(product.id, "helpful")).items[0]!.id).toBe(older.reviewId);
    expect((await listProductReviews(product.id, "newest")).items[0]!.id).not.toBe(older.reviewId);
  });

  it("paginates a product's reviews", async () => {
    const product = await pickProduct(44);
    for (let i = 0; i < 3; i++) {
      const user = await createTestUser(`Reviewer ${i}`);
      const order = await createTestOrder(user.id, "delivered", [product]);
      await createReview(user.id, { orderLineId: order.lineIds[0]!, rating: 1 + i, body: `${text} #${i}`, anonymous: false });
    }
    const p1 = await listProductReviews(product.id, "newest", 1, 2);
    const p2 = await listProductReviews(product.id, "newest", 2, 2);
    expect([p1.total, p1.pageCount, p1.items.length, p2.items.length]).toEqual([3, 2, 2, 1]);
    expect(p2.items[0]!.author).toBe("Reviewer 0");
    expect((await listProductReviews(product.id, "newest", 99, 2)).page).toBe(2);
  });
});
