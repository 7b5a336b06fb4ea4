// Helpers for integration tests of checkout and orders (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { cartItems, carts, categories, payments, products, users, variants } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import type { CheckoutInput } from "@/lib/checkout/schema";
import { bookPaymentsBatch } from "./mutations/after-payment";
import { markOrderPaid } from "./mutations/payment";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid}-${++counter}`;

/** A fresh active product with one variant of this price and stock, so tests never share stock. */
export async function createTestVariant(opts: {
  price: number;
  stock: number;
  title?: string;
}): Promise<{ variantId: number; productId: number; title: string }> {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const slug = `test-${unique()}`;
  const title = opts.title ?? `Test product ${slug}`;
  return db.transaction(async (tx) => {
    const [product] = await tx
      .insert(products)
      .values({ slug, title, status: "active", categoryId: category!.id, publishedAt: new Date() })
      .returning({ id: products.id });
    const [variant] = await tx
      .insert(variants)
      .values({ productId: product!.id, sku: `SKU-${slug}`, price: opts.price, stock: opts.stock })
      .returning({ id: variants.id });
    return { variantId: variant!.id, productId: product!.id, title };
  });
}

export async function createTestUser(): Promise<string> {
  const [user] = await db
    .insert(users)
    .values({ email: `${unique()}@example.com`, name: "Test Shopper" })
    .returning({ id: users.id });
  return user!.id;
}

/** A cart (a guest's unless userId is given) holding these lines. */
export async function createTestCart(lines: { variantId: number; quantity: number }[], userId: string | null = null): Promise<string> {
  const [cart] = await db.insert(carts).values({ userId }).returning({ id: carts.id });
  if (lines.length) await db.insert(cartItems).values(lines.map((l) => ({ cartId: cart!.id, ...l })));
  return cart!.id;
}

export function checkoutInput(overrides: Partial<CheckoutInput> = {}): CheckoutInput {
  return {
    email: "shopper@example.com",
    shippingMethod: "standard",
    checkoutKey: randomUUID(),
    address: { fullName: "Ann Lee", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US", phone: "" },
    saveAddress: false,
    ...overrides,
  };
}

export async function stockOf(variantId: number): Promise<number> {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return row!.stock;
}

export async function countRows(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = (await db.execute(query)) as unknown as { n: number }[];
  return Number(row?.n ?? NaN);
}

/** A paid order whose payment (with `provider`) succeeded, as the webhook leaves it. */
export async function paidOrder(
  provider: "test" | "stripe",
  opts: { stock?: number; quantity?: number; email?: string; title?: string } = {},
) {
  const { variantId } = await createTestVariant({ price: 2000, stock: opts.stock ?? 10, title: opts.title });
  const cartId = await createTestCart([{ variantId, quantity: opts.quantity ?? 2 }]);
  const placed = await placeOrder(checkoutInput({ email: opts.email ?? "refunds@example.com" }), { cartId, userId: null });
  if (!placed.ok) throw new Error(placed.error);
  const o = placed.order;
  const reference = provider === "stripe" ? `cs_test_${o.id.replaceAll("-", "")}` : `tg_${o.id}`;
  const [payment] = await db
    .insert(payments)
    .values({ orderId: o.id, provider, providerReference: reference, amount: o.total, currency: o.currency, status: "succeeded" })
    .returning();
  await db.transaction((tx) => markOrderPaid(tx, { orderId: o.id, provider, reference, amount: o.total, currency: o.currency }));
  await bookPaymentsBatch({ orderIds: [o.id] }); // what the queued job does: the invoice, the sales counts
  return { order: o, payment: payment!, variantId };
}
