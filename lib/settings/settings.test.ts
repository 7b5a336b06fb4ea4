import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, shippingMethods, storeSettings } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { checkoutInput, createTestCart, createTestUser, createTestVariant } from "@/lib/orders/testing";
import { createShippingRate, saveStoreSettings, setShippingRateActive, updateShippingRate } from "./mutations";
import { readStoreSettings } from "./queries";

// Other test files share this database: only the payment timeout is changed here, and the row is removed after.
afterEach(async () => {
  await db.delete(storeSettings);
});

const rate = { name: "Overnight", description: "Next working day", price: 2499, freeOver: null, minDays: 1, maxDays: 1, position: 9, active: true };

describe("store settings (real PostgreSQL)", () => {
  it("falls back to the environment without a row and reads the saved row after a save", async () => {
    await db.delete(storeSettings);
    const before = await readStoreSettings();
    expect(before).toMatchObject({ storeName: process.env.STORE_NAME ?? "Mercato", currency: process.env.STORE_CURRENCY ?? "USD", lowStockThreshold: 5 });
    const admin = await createTestUser();
    await saveStoreSettings({ storeName: null, currency: null, lowStockThreshold: 5, orderPaymentTimeoutMinutes: 240 }, admin);
    expect(await readStoreSettings()).toEqual({ ...before, orderPaymentTimeoutMinutes: 240 });
    const [row] = await db.select().from(storeSettings);
    expect(row).toMatchObject({ id: 1, updatedBy: admin, orderPaymentTimeoutMinutes: 240 });
  });

  it("checkout sets the payment deadline from the saved timeout", async () => {
    const admin = await createTestUser();
    await saveStoreSettings({ storeName: null, currency: null, lowStockThreshold: 5, orderPaymentTimeoutMinutes: 240 }, admin);
    const { variantId } = await createTestVariant({ price: 1000, stock: 3 });
    const placedAt = Date.now();
    const result = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 1 }]), userId: null });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [order] = await db.select({ due: orders.paymentDueAt }).from(orders).where(eq(orders.id, result.order.id));
    const minutes = (order!.due.getTime() - placedAt) / 60_000;
    expect(minutes).toBeGreaterThan(239);
    expect(minutes).toBeLessThan(241);
  });
});

describe("shipping rates (real PostgreSQL)", () => {
  it("creates, edits and deactivates a rate; a taken code is refused", async () => {
    const code = `overnight-${process.pid}`;
    const created = await createShippingRate({ ...rate, code });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await createShippingRate({ ...rate, code })).toMatchObject({ ok: false, field: "code" });
    expect(await updateShippingRate(created.id, { ...rate, code: "standard" })).toMatchObject({ ok: false, field: "code" });
    expect(await updateShippingRate(created.id, { ...rate, code, price: 1999 })).toEqual({ ok: true, id: created.id });
    expect(await setShippingRateActive(created.id, false)).toEqual({ ok: true, id: created.id });
    const [row] = await db.select().from(shippingMethods).where(eq(shippingMethods.id, created.id));
    expect(row).toMatchObject({ price: 1999, active: false });
    expect(await setShippingRateActive(999_999, true)).toMatchObject({ ok: false, notFound: true });
    await db.delete(shippingMethods).where(eq(shippingMethods.id, created.id));
  });
});
