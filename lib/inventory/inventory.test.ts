import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { inventoryMovements, products } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { approveRefund, cancelOrder, requestRefund } from "@/lib/orders/mutations";
import { markOrderPaid } from "@/lib/orders/mutations/payment";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, stockOf } from "@/lib/orders/testing";
import { adjustStock, setLowStockThreshold } from "./mutations";
import { getVariantHistory, listInventory } from "./queries";
import { adjustStockSchema } from "./schema";

async function order(variantId: number, quantity: number, userId: string | null = null) {
  const cartId = await createTestCart([{ variantId, quantity }], userId);
  const result = await placeOrder(checkoutInput(), { cartId, userId });
  if (!result.ok) throw new Error(result.error);
  return result.order;
}

const ledgerOf = (variantId: number) =>
  db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, variantId)).orderBy(inventoryMovements.id);

async function ledgerSum(variantId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${inventoryMovements.delta}), 0)::int` })
    .from(inventoryMovements)
    .where(eq(inventoryMovements.variantId, variantId));
  return row!.n;
}

const adjust = (variantId: number, fields: Record<string, string>, actorId: string) => {
  const parsed = adjustStockSchema.safeParse({ variantId: String(variantId), ...fields });
  if (!parsed.success) throw new Error(parsed.error.message);
  return adjustStock(parsed.data, actorId);
};

describe("inventory ledger (real PostgreSQL)", () => {
  it("stock always equals the sum of the ledger, each row with its reason, actor and order", async () => {
    const staff = await createTestUser();
    const shopper = await createTestUser();
    const { variantId } = await createTestVariant({ price: 1000, stock: 10 });
    const first = await order(variantId, 2, shopper);
    expect((await cancelOrder(first.id, shopper)).ok).toBe(true);
    const second = await order(variantId, 3);
    await db.transaction((tx) =>
      markOrderPaid(tx, {
        orderId: second.id,
        provider: "test",
        reference: `ref-${second.id}`,
        amount: second.total,
        currency: second.currency,
      }),
    );
    expect((await requestRefund(second.id, null, "Wrong size, sent back")).ok).toBe(true);
    expect((await approveRefund(second.id, staff, { restock: true })).ok).toBe(true);
    expect(await adjust(variantId, { adjustment: "5", reason: "received", note: "Delivery 42" }, staff)).toMatchObject({
      ok: true,
      previous: 10,
      stock: 15,
    });
    expect(await adjust(variantId, { counted: "12", reason: "stocktake" }, staff)).toMatchObject({ ok: true, previous: 15, stock: 12 });

    expect(await stockOf(variantId)).toBe(12);
    expect(await ledgerSum(variantId)).toBe(12);
    const rows = (await ledgerOf(variantId)).map((r) => ({
      delta: r.delta,
      after: r.stockAfter,
      reason: r.reason,
      actor: r.actorId,
      order: r.orderId,
      note: r.note,
    }));
    expect(rows).toEqual([
      { delta: 10, after: 10, reason: "initial", actor: null, order: null, note: "" },
      { delta: -2, after: 8, reason: "order", actor: shopper, order: first.id, note: "" },
      { delta: 2, after: 10, reason: "cancel", actor: shopper, order: first.id, note: "" },
      { delta: -3, after: 7, reason: "order", actor: null, order: second.id, note: "" },
      { delta: 3, after: 10, reason: "refund", actor: staff, order: second.id, note: "" },
      { delta: 5, after: 15, reason: "received", actor: staff, order: null, note: "Delivery 42" },
      { delta: -3, after: 12, reason: "stocktake", actor: staff, order: null, note: "" },
    ]);
    const history = await getVariantHistory(variantId);
    expect(history).toMatchObject({ stock: 12, ledgerSum: 12 });
    expect(history!.rows[0]).toMatchObject({ reason: "stocktake", delta: -3, stockAfter: 12 });
    expect(history!.rows.find((r) => r.reason === "refund")?.orderNumber).toBe(second.number);
  });

  it("an adjustment that would go below zero is refused and writes nothing", async () => {
    const staff = await createTestUser();
    const { variantId } = await createTestVariant({ price: 500, stock: 3 });
    const before = await ledgerOf(variantId);
    expect(await adjust(variantId, { adjustment: "-5", reason: "damaged" }, staff)).toEqual({
      ok: false,
      error: "Only 3 in stock: an adjustment of -5 would go below zero.",
    });
    expect(await stockOf(variantId)).toBe(3);
    expect(await ledgerOf(variantId)).toEqual(before);
  });

  it("validates reasons and signs", () => {
    const parse = (f: Record<string, string>) => adjustStockSchema.safeParse({ variantId: "1", ...f });
    expect(parse({ adjustment: "-2", reason: "received" }).success).toBe(false);
    expect(parse({ adjustment: "2", reason: "damaged" }).success).toBe(false);
    expect(parse({ adjustment: "0", reason: "correction" }).success).toBe(false);
    expect(parse({ adjustment: "1.5", reason: "correction" }).success).toBe(false);
    expect(parse({ counted: "4", reason: "correction" }).success).toBe(false);
    expect(parse({ counted: "4", adjustment: "1", reason: "stocktake" }).success).toBe(false);
    expect(parse({ adjustment: "", counted: "0", reason: "stocktake", note: "" }).success).toBe(true);
    expect(parse({ adjustment: "-2", reason: "correction" }).success).toBe(true);
  });

  it("concurrent adjustments and checkouts racing for the last units never oversell", async () => {
    const staff = await createTestUser();
    const { variantId } = await createTestVariant({ price: 700, stock: 6 });
    const carts = await Promise.all(Array.from({ length: 6 }, () => createTestCart([{ variantId, quantity: 1 }])));
    const results: boolean[] = await Promise.all([
      ...carts.map((cartId) => placeOrder(checkoutInput(), { cartId, userId: null }).then((r) => r.ok)),
      ...Array.from({ length: 6 }, () => adjust(variantId, { adjustment: "-1", reason: "damaged" }, staff).then((r) => r.ok)),
    ]);
    // Twelve takers for six units: exactly six succeed, whoever they are.
    expect(results.filter(Boolean)).toHaveLength(6);
    expect(await stockOf(variantId)).toBe(0);
    expect(await ledgerSum(variantId)).toBe(0);
  });

  it("lists variants with their effective threshold and filters low stock", async () => {
    const { variantId, title } = await createTestVariant({ price: 100, stock: 2, title: `Lowstock Lamp ${Date.now()}` });
    const other = await createTestVariant({ price: 100, stock: 50, title: `${title} Big` });
    const page = await listInventory({ q: title, lowOnly: false, page: 1 });
    expect(page.rows.map((r) => r.variantId).sort()).toEqual([variantId, other.variantId].sort());
    expect(page.rows.find((r) => r.variantId === variantId)).toMatchObject({
      stock: 2,
      ownThreshold: null,
      threshold: page.storeThreshold,
      low: true,
    });
    expect((await listInventory({ q: title, lowOnly: true, page: 1 })).rows.map((r) => r.variantId)).toEqual([variantId]);
    // The product's slug comes back, for the action to drop its cached page ("Only N left" follows the threshold).
    const [product] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, other.productId));
    expect(await setLowStockThreshold(other.variantId, 60)).toBe(product!.slug);
    expect(await setLowStockThreshold(2_000_000_000, 60)).toBeNull();
    expect((await listInventory({ q: title, lowOnly: true, page: 1 })).rows).toHaveLength(2);
  });
});
