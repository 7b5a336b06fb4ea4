import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import {
  brands,
  inventoryMovements,
  mailOutbox,
  products,
  orderLines,
  orders,
  payments,
  staffAlerts,
  stockArrivals,
  variants,
} from "@/db/schema";
import { subscribeToVariant } from "@/lib/back-in-stock/mutations";
import { addItem } from "@/lib/cart/mutations";
import { getCartView } from "@/lib/cart/queries";
import { cardColumns, toCard } from "@/lib/catalog/cards";
import { placeOrder } from "@/lib/checkout/mutations";
import { adjustStock } from "@/lib/inventory/mutations";
import { cancelOrder, shipOrder, staffCancelOrder } from "@/lib/orders/mutations";
import { markOrderPaid, notifyOrderStatus } from "@/lib/orders/mutations/payment";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, stockOf } from "@/lib/orders/testing";

const SHIPS_ON = "2030-03-01";

/** A variant with this stock on pre-order with this limit. */
async function preorderVariant(stock: number, cap: number, title?: string) {
  const v = await createTestVariant({ price: 1000, stock, title });
  await db.update(variants).set({ preorderShipsOn: SHIPS_ON, preorderCap: cap }).where(eq(variants.id, v.variantId));
  return v;
}

async function variantRow(variantId: number) {
  const [row] = await db.select().from(variants).where(eq(variants.id, variantId));
  return row!;
}

async function order(variantId: number, quantity: number) {
  const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity }]), userId: null });
  if (!placed.ok) throw new Error(placed.error);
  return placed.order;
}

async function linesOf(orderId: string) {
  return db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
}

async function pay(o: Awaited<ReturnType<typeof order>>) {
  const reference = `tg_${o.id}`;
  await db
    .insert(payments)
    .values({ orderId: o.id, provider: "test", providerReference: reference, amount: o.total, currency: o.currency, status: "succeeded" });
  await db.transaction((tx) => markOrderPaid(tx, { orderId: o.id, provider: "test", reference, amount: o.total, currency: o.currency }));
}

const receive = async (variantId: number, units: number, staff: string) => {
  const result = await adjustStock({ variantId, adjustment: units, reason: "received" }, staff);
  expect(result.ok).toBe(true);
};

describe("pre-orders (real PostgreSQL)", () => {
  it("takes stock while it covers the line, then pre-orders within the limit, then refuses", async () => {
    const { variantId, title } = await preorderVariant(2, 3, "Preorder Kettle");
    const fromStock = await order(variantId, 2);
    expect((await linesOf(fromStock.id))[0]).toMatchObject({ preorderShipsOn: null, preorderFilledAt: null });
    const preordered = await order(variantId, 3);
    expect((await linesOf(preordered.id))[0]).toMatchObject({ preorderShipsOn: SHIPS_ON, preorderFilledAt: null });
    // The order e-mail repeats the promise (stock lines say nothing).
    await notifyOrderStatus(preordered.id);
    await notifyOrderStatus(fromStock.id);
    const mails = await db
      .select({ subject: mailOutbox.subject, text: mailOutbox.text })
      .from(mailOutbox)
      .where(
        sql`${mailOutbox.subject} in (${`We received your order ${preordered.number}`}, ${`We received your order ${fromStock.number}`})`,
      );
    expect(mails.find((m) => m.subject.endsWith(preordered.number))?.text).toContain(`${title}: Pre-order — ships from Mar 1, 2030`);
    expect(mails.find((m) => m.subject.endsWith(fromStock.number))?.text).not.toContain("Pre-order");
    expect(await variantRow(variantId)).toMatchObject({ stock: 0, preorderBacklog: 3 });
    const refused = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 1 }]), userId: null });
    expect(refused).toEqual({ ok: false, error: `${title} is sold out: remove it from your cart to continue.` });
    await expect(addItem(await createTestCart([]), variantId, 1)).rejects.toThrow("Sorry, this item is out of stock.");
  });

  it("the cart holds up to what the limit leaves, says so, and cards say Pre-order while nothing is in stock", async () => {
    const { variantId, productId } = await preorderVariant(0, 4);
    const cartId = await createTestCart([]);
    expect(await addItem(cartId, variantId, 6)).toMatchObject({ quantity: 4, clamped: "Only 4 left to pre-order" });
    const cart = await getCartView(cartId);
    expect(cart.lines[0]).toMatchObject({ quantity: 4, purchasable: true, preorderShipsOn: SHIPS_ON });
    const card = async () =>
      toCard(
        (
          await db.select(cardColumns).from(products).leftJoin(brands, eq(brands.id, products.brandId)).where(eq(products.id, productId))
        )[0]!,
      );
    expect(await card()).toMatchObject({ inStock: false, preorder: true });
    await order(variantId, 4);
    expect(await card()).toMatchObject({ inStock: false, preorder: false });
  });

  it("a line stock does not cover whole is refused beyond the limit, saying how many are left", async () => {
    const { variantId, title } = await preorderVariant(0, 5, "Preorder Lamp");
    await order(variantId, 3);
    const refused = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 3 }]), userId: null });
    expect(refused).toEqual({ ok: false, error: `Only 2 left of ${title}: lower the quantity in your cart.` });
    expect((await variantRow(variantId)).preorderBacklog).toBe(3);
  });

  it("12 concurrent checkouts against a limit of 5 never pass the limit", async () => {
    const { variantId, productId } = await preorderVariant(0, 5);
    const carts = await Promise.all(Array.from({ length: 12 }, () => createTestCart([{ variantId, quantity: 1 }])));
    const results = await Promise.all(carts.map((cartId) => placeOrder(checkoutInput(), { cartId, userId: null })));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(await variantRow(variantId)).toMatchObject({ stock: 0, preorderBacklog: 5 });
    const [row] = (await db.execute(
      sql`select count(*)::int as n from order_lines where product_id = ${productId} and preorder_ships_on is not null`,
    )) as unknown as { n: number }[];
    expect(row!.n).toBe(5);
  });

  it("stock received fills waiting lines oldest first, stops at the first that does not fit, and back in stock sees only the rest", async () => {
    const staff = await createTestUser();
    const { variantId } = await preorderVariant(0, 10);
    const first = await order(variantId, 2);
    const second = await order(variantId, 3);
    const third = await order(variantId, 1);
    await subscribeToVariant(variantId, `wait-${variantId}@example.com`, null);

    // 4 units: the first (2) fits, the second (3) does not: the third (1) waits its turn.
    await receive(variantId, 4, staff);
    expect((await linesOf(first.id))[0]!.preorderFilledAt).not.toBeNull();
    expect((await linesOf(second.id))[0]!.preorderFilledAt).toBeNull();
    expect((await linesOf(third.id))[0]!.preorderFilledAt).toBeNull();
    expect(await variantRow(variantId)).toMatchObject({ stock: 2, preorderBacklog: 4 });
    // What is left (2) is what the back-in-stock trigger saw.
    const arrivals = await db.select().from(stockArrivals).where(eq(stockArrivals.variantId, variantId));
    expect(arrivals.map((a) => a.units)).toEqual([2]);
    // The ledger shows the 4 received, then the 2 the pre-order took; it still adds up to the stock.
    const ledger = await db
      .select({ delta: inventoryMovements.delta, stockAfter: inventoryMovements.stockAfter, reason: inventoryMovements.reason })
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, variantId))
      .orderBy(asc(inventoryMovements.id));
    expect(ledger).toEqual([
      { delta: 4, stockAfter: 4, reason: "received" },
      { delta: -2, stockAfter: 2, reason: "order" },
    ]);

    // 2 more: 4 on hand covers the second (3), then the third (1); nothing is left to announce.
    await receive(variantId, 2, staff);
    expect((await linesOf(second.id))[0]!.preorderFilledAt).not.toBeNull();
    expect((await linesOf(third.id))[0]!.preorderFilledAt).not.toBeNull();
    expect(await variantRow(variantId)).toMatchObject({ stock: 0, preorderBacklog: 0 });
    expect(await db.select().from(stockArrivals).where(eq(stockArrivals.variantId, variantId))).toHaveLength(1);
    const [sum] = await db
      .select({ n: sql<number>`sum(${inventoryMovements.delta})::int` })
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, variantId));
    expect(sum!.n).toBe(0);
  });

  it("cancelling an unfilled pre-order gives its units back to the limit without restocking; a filled one restocks", async () => {
    const staff = await createTestUser();
    const { variantId } = await preorderVariant(0, 4);
    const waiting = await order(variantId, 2);
    const filled = await order(variantId, 1);
    expect((await variantRow(variantId)).preorderBacklog).toBe(3);
    // Out of order on purpose: the first line (2) does not fit in 1 unit, so nothing fills.
    await receive(variantId, 1, staff);
    expect(await variantRow(variantId)).toMatchObject({ stock: 1, preorderBacklog: 3 });

    expect(await cancelOrder(waiting.id, null)).toMatchObject({ ok: true });
    expect(await variantRow(variantId)).toMatchObject({ stock: 1, preorderBacklog: 1 });
    // A cancelled order's lines never fill: the next arrival goes to the line still waiting.
    await receive(variantId, 1, staff);
    expect((await linesOf(waiting.id))[0]!.preorderFilledAt).toBeNull();
    expect((await linesOf(filled.id))[0]!.preorderFilledAt).not.toBeNull();
    expect(await variantRow(variantId)).toMatchObject({ stock: 1, preorderBacklog: 0 });

    expect(await staffCancelOrder(filled.id, staff)).toMatchObject({ ok: true });
    expect(await stockOf(variantId)).toBe(2);
  });

  it("refuses to ship while a pre-order line waits, naming it, and ships once stock filled it", async () => {
    const staff = await createTestUser();
    const { variantId, title } = await preorderVariant(0, 3, "Preorder Stool");
    const placed = await order(variantId, 1);
    await pay(placed);
    const refused = await shipOrder(placed.id, staff, { carrier: "UPS", trackingNumber: "1Z999" });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain(`${title}, ships from Mar 1, 2030`);
    const [still] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, placed.id));
    expect(still!.status).toBe("paid");

    const readyAlerts = () =>
      db
        .select({ href: staffAlerts.href })
        .from(staffAlerts)
        .where(eq(staffAlerts.title, `Ready to ship: order ${placed.number}`));
    expect(await readyAlerts()).toEqual([]);
    await receive(variantId, 1, staff);
    // The last waiting line of a paid order filled: staff hear it may ship.
    expect(await readyAlerts()).toEqual([{ href: `/admin/orders/${placed.number}` }]);
    expect(await shipOrder(placed.id, staff, { carrier: "UPS", trackingNumber: "1Z999" })).toMatchObject({ ok: true, to: "shipped" });
  });
});
