import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders, products, shippingMethods, storeSettings, variants } from "@/db/schema";
import { getProductBySlug } from "@/lib/catalog/queries";
import { placeOrder } from "@/lib/checkout/mutations";
import { checkoutInput, createTestCart, createTestUser, createTestVariant } from "@/lib/orders/testing";
import { createShippingRate, saveStoreSettings, setShippingRateActive, updateShippingRate } from "./mutations";
import { readStoreSettings } from "./queries";

// Other test files share this database: only the payment timeout and low-stock default change here, and the
// row goes back to the migration's (all defaults) after each test.
const DEFAULT_ROW = { storeName: null, currency: null, lowStockThreshold: 5, orderPaymentTimeoutMinutes: null, updatedBy: null };
afterEach(async () => {
  await db
    .insert(storeSettings)
    .values({ id: 1, ...DEFAULT_ROW })
    .onConflictDoUpdate({ target: storeSettings.id, set: DEFAULT_ROW });
});

const AUTO_DAYS = { autoDeliverAfterDays: 7, autoCompleteAfterDays: 7, reviewOrdersBeforeFulfilment: false, backInStockMultiple: 3 };

const rate = {
  name: "Overnight",
  description: "Next working day",
  price: 2499,
  freeOver: null,
  minDays: 1,
  maxDays: 1,
  position: 9,
  active: true,
};

describe("store settings (real PostgreSQL)", () => {
  it("falls back to the environment without a row and reads the saved row after a save", async () => {
    await db.delete(storeSettings);
    const before = await readStoreSettings();
    expect(before).toMatchObject({
      storeName: process.env.STORE_NAME ?? "Mercato",
      currency: process.env.STORE_CURRENCY ?? "USD",
      lowStockThreshold: 5,
    });
    const admin = await createTestUser();
    await saveStoreSettings(
      {
        storeName: null,
        currency: null,
        lowStockThreshold: 5,
        orderPaymentTimeoutMinutes: 240,
        flashSalePaymentTimeoutMinutes: 10,
        ...AUTO_DAYS,
      },
      admin,
    );
    expect(await readStoreSettings()).toEqual({ ...before, orderPaymentTimeoutMinutes: 240, flashSalePaymentTimeoutMinutes: 10 });
    const [row] = await db.select().from(storeSettings);
    expect(row).toMatchObject({ id: 1, updatedBy: admin, orderPaymentTimeoutMinutes: 240, flashSalePaymentTimeoutMinutes: 10 });
  });

  it("checkout sets the payment deadline from the saved timeout", async () => {
    const admin = await createTestUser();
    await saveStoreSettings(
      {
        storeName: null,
        currency: null,
        lowStockThreshold: 5,
        orderPaymentTimeoutMinutes: 240,
        flashSalePaymentTimeoutMinutes: 10,
        ...AUTO_DAYS,
      },
      admin,
    );
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

  it("product pages count a variant without its own threshold as low on stock from the store default", async () => {
    const { productId, variantId } = await createTestVariant({ price: 1000, stock: 7 });
    const [product] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, productId));
    const lowStock = async () => (await getProductBySlug(product!.slug, []))!.variants[0]!.lowStock;
    expect(await lowStock()).toBe(false);
    await saveStoreSettings(
      {
        storeName: null,
        currency: null,
        lowStockThreshold: 8,
        orderPaymentTimeoutMinutes: null,
        flashSalePaymentTimeoutMinutes: 10,
        ...AUTO_DAYS,
      },
      await createTestUser(),
    );
    expect(await lowStock()).toBe(true);
    // The variant's own threshold wins.
    await db.update(variants).set({ lowStockThreshold: 2 }).where(eq(variants.id, variantId));
    expect(await lowStock()).toBe(false);
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
