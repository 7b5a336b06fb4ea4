import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { cartItems, orderEvents, orderLines, orders } from "@/db/schema";
import { checkoutInput, countRows, createTestCart, createTestUser, createTestVariant, stockOf } from "@/lib/orders/testing";
import { placeOrder } from "./mutations";
import { checkoutSchema } from "./schema";

describe("placeOrder (real PostgreSQL)", () => {
  it("creates the order, its lines and first event, reserves stock and empties the cart", async () => {
    const { variantId, title } = await createTestVariant({ price: 1250, stock: 5 });
    const cartId = await createTestCart([{ variantId, quantity: 2 }]);
    const result = await placeOrder(checkoutInput(), { cartId, userId: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.number).toMatch(/^MC-\d{4}-\d{6}$/);
    // 2 × 12.50 = 25.00 < 50.00 free-shipping threshold of Standard (4.99)
    expect(result.order.total).toBe(2500 + 499);
    expect(await stockOf(variantId)).toBe(3);
    const [order] = await db.select().from(orders).where(eq(orders.id, result.order.id));
    expect(order).toMatchObject({
      status: "pending_payment",
      subtotal: 2500,
      shippingTotal: 499,
      shipCity: "Springfield",
      shippingMethodName: "Standard",
    });
    expect(order!.paymentDueAt.getTime()).toBeGreaterThan(Date.now() + 25 * 60_000);
    const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, result.order.id));
    expect(lines).toEqual([expect.objectContaining({ productTitle: title, unitPrice: 1250, quantity: 2, lineTotal: 2500 })]);
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, result.order.id));
    expect(events).toEqual([expect.objectContaining({ toStatus: "pending_payment", actor: "shopper" })]);
    expect(await db.select().from(cartItems).where(eq(cartItems.cartId, cartId))).toEqual([]);
  });

  it("ships free from the threshold and charges Express regardless", async () => {
    const { variantId } = await createTestVariant({ price: 6000, stock: 5 });
    const standard = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 1 }]), userId: null });
    expect(standard.ok && standard.order.total).toBe(6000);
    const express = await placeOrder(checkoutInput({ shippingMethod: "express" }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }]),
      userId: null,
    });
    expect(express.ok && express.order.total).toBe(6000 + 1499);
  });

  it("50 concurrent checkouts for the last 10 units: exactly 10 orders, stock 0, 40 clear refusals", async () => {
    const { variantId, productId, title } = await createTestVariant({ price: 900, stock: 10, title: "Last Ten Teapot" });
    const cartIds = await Promise.all(Array.from({ length: 50 }, () => createTestCart([{ variantId, quantity: 1 }])));
    const results = await Promise.all(cartIds.map((cartId) => placeOrder(checkoutInput(), { cartId, userId: null })));
    const placed = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(placed).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(!r.ok && r.error).toMatch(new RegExp(`${title} is sold out|Only \\d+ left of ${title}`));
    expect(await stockOf(variantId)).toBe(0);
    expect(await countRows(sql`select count(*)::int as n from order_lines where product_id = ${productId}`)).toBe(10);
    // The refused carts keep their items.
    expect(await countRows(sql`select count(*)::int as n from cart_items where variant_id = ${variantId}`)).toBe(40);
    expect(new Set(placed.map((r) => r.ok && r.order.number)).size).toBe(10);
  });

  it("the same submission sent twice at once yields one order and reserves stock once", async () => {
    const { variantId } = await createTestVariant({ price: 500, stock: 10 });
    const cartId = await createTestCart([{ variantId, quantity: 3 }]);
    const input = checkoutInput();
    const [a, b] = await Promise.all([placeOrder(input, { cartId, userId: null }), placeOrder(input, { cartId, userId: null })]);
    expect(a.ok && b.ok).toBe(true);
    expect(a.ok && b.ok && a.order.id === b.order.id).toBe(true);
    expect(await stockOf(variantId)).toBe(7);
    expect(await countRows(sql`select count(*)::int as n from orders where checkout_key = ${input.checkoutKey}`)).toBe(1);
    // And a retry after the fact returns the same order again.
    const c = await placeOrder(input, { cartId, userId: null });
    expect(c.ok && a.ok && c.order.id === a.order.id && !c.created).toBe(true);
  });

  it("the same key from two different carts (a race across tabs) still gives one order", async () => {
    const { variantId } = await createTestVariant({ price: 500, stock: 10 });
    const input = checkoutInput();
    const carts = await Promise.all([createTestCart([{ variantId, quantity: 1 }]), createTestCart([{ variantId, quantity: 1 }])]);
    const results = await Promise.all(carts.map((cartId) => placeOrder(input, { cartId, userId: null })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.order.id)).size).toBe(1);
    expect(await stockOf(variantId)).toBe(9);
  });

  it("prices come from the database, whatever prices the form carries", async () => {
    const { variantId } = await createTestVariant({ price: 4321, stock: 5 });
    const cartId = await createTestCart([{ variantId, quantity: 2 }]);
    const form = {
      email: "x@example.com",
      shippingMethod: "express",
      checkoutKey: crypto.randomUUID(),
      fullName: "Eve",
      line1: "2 Side St",
      city: "Gotham",
      postalCode: "99999",
      country: "US",
      unitPrice: "1",
      price: "1",
      subtotal: "2",
      shippingTotal: "0",
      total: "2",
    };
    const parsed = checkoutSchema.parse(form);
    const result = await placeOrder(parsed, { cartId, userId: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [order] = await db.select().from(orders).where(eq(orders.id, result.order.id));
    expect(order).toMatchObject({ subtotal: 8642, shippingTotal: 1499, total: 8642 + 1499 });
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, result.order.id));
    expect(line).toMatchObject({ unitPrice: 4321, quantity: 2 });
  });

  it("refuses an empty cart, an unknown shipping method and an unavailable product, changing nothing", async () => {
    const empty = await placeOrder(checkoutInput(), { cartId: await createTestCart([]), userId: null });
    expect(empty).toMatchObject({ ok: false, error: expect.stringMatching(/cart is empty/) });
    expect(await placeOrder(checkoutInput(), { cartId: null, userId: null })).toMatchObject({ ok: false });

    const { variantId, productId, title } = await createTestVariant({ price: 700, stock: 4 });
    const cartId = await createTestCart([{ variantId, quantity: 1 }]);
    const unknown = await placeOrder(checkoutInput({ shippingMethod: "teleport" }), { cartId, userId: null });
    expect(unknown).toMatchObject({ ok: false, field: "shippingMethod" });

    await db.execute(sql`update products set status = 'archived' where id = ${productId}`);
    const gone = await placeOrder(checkoutInput(), { cartId, userId: null });
    expect(gone).toMatchObject({ ok: false, error: expect.stringContaining(title) });
    expect(await stockOf(variantId)).toBe(4);
    expect(await countRows(sql`select count(*)::int as n from cart_items where cart_id = ${cartId}`)).toBe(1);
    expect(await countRows(sql`select count(*)::int as n from order_lines where product_id = ${productId}`)).toBe(0);
  });

  it("refuses a variant priced in another currency than the store's (the store changed it since), as the cart does", async () => {
    const { variantId, title } = await createTestVariant({ price: 700, stock: 4 });
    await db.execute(sql`update variants set currency = 'JPY' where id = ${variantId}`);
    const cartId = await createTestCart([{ variantId, quantity: 1 }]);
    const refused = await placeOrder(checkoutInput(), { cartId, userId: null });
    expect(refused).toEqual({ ok: false, error: `${title} is no longer available: remove it from your cart to continue.` });
    expect(await stockOf(variantId)).toBe(4);
  });

  it("a quantity above stock is refused with how many are left, and nothing is reserved", async () => {
    const a = await createTestVariant({ price: 100, stock: 10 });
    const b = await createTestVariant({ price: 100, stock: 2, title: "Scarce Kettle" });
    const cartId = await createTestCart([
      { variantId: a.variantId, quantity: 1 },
      { variantId: b.variantId, quantity: 3 },
    ]);
    const result = await placeOrder(checkoutInput(), { cartId, userId: null });
    expect(result).toEqual({ ok: false, error: "Only 2 left of Scarce Kettle: lower the quantity in your cart.", field: undefined });
    expect(await stockOf(a.variantId)).toBe(10);
    expect(await stockOf(b.variantId)).toBe(2);
  });

  it("uses a signed-in shopper's saved address and can save a new one to the book", async () => {
    const userId = await createTestUser();
    const { variantId } = await createTestVariant({ price: 100, stock: 10 });
    const saving = await placeOrder(checkoutInput({ saveAddress: true }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }], userId),
      userId,
    });
    expect(saving.ok).toBe(true);
    const [saved] = (await db.execute(sql`select id, is_default from addresses where user_id = ${userId}`)) as unknown as {
      id: number;
      is_default: boolean;
    }[];
    expect(saved?.is_default).toBe(true);

    const cartId = await createTestCart([{ variantId, quantity: 1 }]);
    const reuse = await placeOrder(checkoutInput({ address: { savedAddressId: saved!.id } }), { cartId, userId });
    expect(reuse.ok).toBe(true);
    // Another shopper cannot use that address id.
    const other = await createTestUser();
    const stolen = await placeOrder(checkoutInput({ address: { savedAddressId: saved!.id } }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }]),
      userId: other,
    });
    expect(stolen).toMatchObject({ ok: false, field: "savedAddressId" });
  });
});
