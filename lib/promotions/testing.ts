// Helpers for integration tests of promotions at checkout (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { flashSales, orders, pointsLedger, promotions, users, type NewPromotionRow } from "@/db/schema";
import type { PricingResult } from "@/lib/pricing/types";

let counter = 0;

/** A promotion (a coupon when `code` is given) running from an hour ago, 10% off by default. */
export async function createTestPromotion(values: Partial<NewPromotionRow> = {}) {
  const [row] = await db
    .insert(promotions)
    .values({ name: `Test offer ${++counter}`, type: "percent_off", amount: 10, startsAt: new Date(Date.now() - 3_600_000), ...values })
    .returning();
  return row!;
}

/** A flash sale of `variantId` running now (for an hour). */
export async function createTestFlashSale(opts: { variantId: number; salePrice: number; quantityCap: number; perCustomerLimit?: number }) {
  const [row] = await db
    .insert(flashSales)
    .values({
      variantId: opts.variantId,
      salePrice: opts.salePrice,
      quantityCap: opts.quantityCap,
      perCustomerLimit: opts.perCustomerLimit ?? 1,
      startsAt: new Date(Date.now() - 60_000),
      endsAt: new Date(Date.now() + 3_600_000),
    })
    .returning();
  return row!;
}

/** Points for a shopper, through the ledger (the trigger keeps the balance). */
export async function grantPoints(userId: string, points: number): Promise<void> {
  await db.insert(pointsLedger).values({ userId, kind: "adjusted", points, reason: "Test grant" });
}

export async function pointsOf(userId: string): Promise<number> {
  const [row] = await db.select({ points: users.loyaltyPoints }).from(users).where(eq(users.id, userId));
  return row!.points;
}

/** A bare unpaid order row, inside `tx`, for claiming against without a cart. */
export async function insertBareOrder(tx: Tx, opts: { email: string; userId?: string | null }): Promise<string> {
  const [row] = await tx
    .insert(orders)
    .values({
      number: `TEST-${randomUUID()}`,
      userId: opts.userId ?? null,
      email: opts.email,
      currency: "USD",
      subtotal: 0,
      shippingTotal: 0,
      total: 0,
      shippingMethodCode: "standard",
      shippingMethodName: "Standard",
      shipName: "Ann Lee",
      shipLine1: "1 Main St",
      shipCity: "Springfield",
      shipPostalCode: "12345",
      shipCountry: "US",
      checkoutKey: randomUUID(),
      paymentProvider: "test",
      paymentDueAt: new Date(Date.now() + 3_600_000),
    })
    .returning({ id: orders.id });
  return row!.id;
}

/** A pricing result that used only what is given (the amounts do not matter to claiming). */
export function usedResult(used: {
  promotionIds?: number[];
  flash?: { flashSaleId: number; key: number; units: number }[];
  points?: number;
}): PricingResult {
  return {
    currency: "USD",
    lines: [],
    subtotal: 0,
    discounts: (used.promotionIds ?? []).map((id) => ({
      source: "coupon" as const,
      target: "items" as const,
      promotionId: id,
      flashSaleId: null,
      code: null,
      label: `Promotion ${id}`,
      amount: 100,
      allocations: [],
      points: null,
    })),
    itemDiscountTotal: 0,
    shipping: 0,
    shippingDiscountTotal: 0,
    discountTotal: 0,
    total: 0,
    couponError: null,
    couponApplied: null,
    nextTier: null,
    flashClaims: used.flash ?? [],
    points: { used: used.points ?? 0, value: 0, maxUsable: 0, balance: 0, willEarn: 0 },
  };
}

export async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = (await db.execute(query)) as unknown as T[];
  return row!;
}
