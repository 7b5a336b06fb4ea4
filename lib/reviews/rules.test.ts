import { describe, expect, it } from "vitest";
import { averageOf, canReview, canVoteHelpful, reviewAuthorName, type ReviewCandidate } from "./rules";
import { reviewInputSchema } from "./schema";

const me = "11111111-1111-1111-1111-111111111111";
const line = (over: Partial<ReviewCandidate> = {}): ReviewCandidate => ({
  orderUserId: me,
  orderStatus: "delivered",
  productId: 7,
  alreadyReviewed: false,
  ...over,
});

describe("canReview", () => {
  it("lets the buyer review a delivered or completed line once", () => {
    expect(canReview(me, line())).toEqual({ ok: true });
    expect(canReview(me, line({ orderStatus: "completed" }))).toEqual({ ok: true });
  });

  it("refuses someone else's line, a guest order's line, and a second review", () => {
    expect(canReview(me, line({ orderUserId: "22222222-2222-2222-2222-222222222222" }))).toEqual({ ok: false, reason: "not-yours" });
    expect(canReview(me, line({ orderUserId: null }))).toEqual({ ok: false, reason: "not-yours" });
    expect(canReview(me, line({ alreadyReviewed: true }))).toEqual({ ok: false, reason: "already-reviewed" });
  });

  it("refuses lines of orders that have not been delivered", () => {
    for (const status of ["pending_payment", "paid", "shipped", "cancelled", "refund_requested", "refunded", "refund_rejected"] as const) {
      expect(canReview(me, line({ orderStatus: status }))).toEqual({ ok: false, reason: "not-delivered" });
    }
  });

  it("refuses a line whose product was deleted", () => {
    expect(canReview(me, line({ productId: null }))).toEqual({ ok: false, reason: "product-gone" });
  });
});

describe("review input", () => {
  const accepts = (over: { rating?: number; body?: string }) =>
    reviewInputSchema.safeParse({ orderLineId: "12", rating: 4, body: "Works well", ...over }).success;
  const isValidRating = (rating: number) => accepts({ rating });
  const isValidReviewText = (body: string) => accepts({ body });

  it("accepts whole ratings 1 to 5 only", () => {
    expect([1, 2, 3, 4, 5].every(isValidRating)).toBe(true);
    expect([0, 6, 4.5, Number.NaN, -1].some(isValidRating)).toBe(false);
  });

  it("wants 10 to 2000 characters of text, counted after trimming, as a person counts them", () => {
    expect(isValidReviewText("Works well")).toBe(true);
    expect(isValidReviewText("   too short   ")).toBe(false);
    expect(isValidReviewText("x".repeat(2000))).toBe(true);
    expect(isValidReviewText("x".repeat(2001))).toBe(false);
    // Ten characters outside the BMP are 20 UTF-16 units but 10 characters.
    expect(isValidReviewText("😀".repeat(10))).toBe(true);
    expect(isValidReviewText("很好用的商品，推荐购买")).toBe(true);
  });

  it("parses the form: coerced rating, trimmed text, the anonymous checkbox", () => {
    const ok = reviewInputSchema.safeParse({ orderLineId: "12", rating: "4", body: "  Lovely mug, keeps tea hot.  ", anonymous: "on" });
    expect(ok.data).toEqual({ orderLineId: 12, rating: 4, body: "Lovely mug, keeps tea hot.", anonymous: true });
    const named = reviewInputSchema.safeParse({ orderLineId: "12", rating: "5", body: "Lovely mug, keeps tea hot." });
    expect(named.data).toMatchObject({ rating: 5, anonymous: false });
    for (const rating of ["0", "6", "3.5", "", "five"]) {
      expect(reviewInputSchema.safeParse({ orderLineId: "12", rating, body: "Lovely mug, keeps tea hot." }).success).toBe(false);
    }
    expect(reviewInputSchema.safeParse({ orderLineId: "12", rating: "4", body: "short" }).success).toBe(false);
  });
});

describe("helpful votes and display", () => {
  it("counts a vote once and never on one's own review", () => {
    expect(canVoteHelpful(me, { userId: "someone-else" }, false)).toBe(true);
    expect(canVoteHelpful(me, { userId: "someone-else" }, true)).toBe(false);
    expect(canVoteHelpful(me, { userId: me }, false)).toBe(false);
    expect(canVoteHelpful(me, { userId: null }, false)).toBe(true);
  });

  it("shows the author's name, or Anonymous", () => {
    expect(reviewAuthorName("Ada Lovelace", false)).toBe("Ada Lovelace");
    expect(reviewAuthorName("Ada Lovelace", true)).toBe("Anonymous");
    expect(reviewAuthorName("  ", false)).toBe("Anonymous");
  });

  it("averages a distribution to one decimal", () => {
    expect(averageOf({ 1: 0, 2: 0, 3: 0, 4: 1, 5: 1 })).toEqual({ average: 4.5, count: 2 });
    expect(averageOf({ 1: 1, 2: 0, 3: 0, 4: 0, 5: 2 })).toEqual({ average: 3.7, count: 3 });
    expect(averageOf({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 })).toEqual({ average: 0, count: 0 });
  });
});
