// Helpers for integration tests of accounts, lists and reviews (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orderLines, orders, products, users, variants, type OrderStatus } from "@/db/schema";

/** Test data for integration tests: a fresh user, and an order in any status written straight to the tables. */
export async function createTestUser(name = "Test Shopper"): Promise<{ id: string; email: string; name: string }> {
  const email = `${randomUUID()}@example.com`;
  const [row] = await db.insert(users).values({ email, name }).returning({ id: users.id });
  return { id: row!.id, email, name };
}

/** An active product (the `skip`-th, so tests can take different ones) with its first variant. */
export async function pickProduct(
  skip = 0,
): Promise<{ id: number; slug: string; title: string; variantId: number; sku: string; price: number }> {
  const [product] = await db
    .select({ id: products.id, slug: products.slug, title: products.title })
    .from(products)
    .where(eq(products.status, "active"))
    .orderBy(products.id)
    .offset(skip)
    .limit(1);
  if (!product) throw new Error("The test database has no products: is it seeded?");
  const [variant] = await db
    .select({ variantId: variants.id, sku: variants.sku, price: variants.price })
    .from(variants)
    .where(eq(variants.productId, product.id))
    .orderBy(variants.position, variants.id)
    .limit(1);
  return { ...product, ...variant! };
}

/** An order of one unit of each product for `userId`, in `status`; returns its number and line ids. */
export async function createTestOrder(
  userId: string | null,
  status: OrderStatus,
  items: Awaited<ReturnType<typeof pickProduct>>[],
): Promise<{ id: string; number: string; lineIds: number[] }> {
  return db.transaction(async (tx) => {
    const subtotal = items.reduce((s, i) => s + i.price, 0);
    const number = `MC-TEST-${randomUUID().slice(0, 8).toUpperCase()}`;
    const [order] = await tx
      .insert(orders)
      .values({
        number,
        userId,
        email: "buyer@example.com",
        status,
        currency: "USD",
        subtotal,
        shippingTotal: 0,
        total: subtotal,
        shippingMethodCode: "standard",
        shippingMethodName: "Standard",
        shipName: "Test Buyer",
        shipLine1: "1 Test Street",
        shipCity: "Testville",
        shipPostalCode: "12345",
        shipCountry: "US",
        checkoutKey: randomUUID(),
        paymentProvider: "test",
        paymentDueAt: new Date(Date.now() + 30 * 60_000),
      })
      .returning({ id: orders.id });
    const lines = await tx
      .insert(orderLines)
      .values(
        items.map((i) => ({
          orderId: order!.id,
          productId: i.id,
          variantId: i.variantId,
          productTitle: i.title,
          productSlug: i.slug,
          sku: i.sku,
          unitPrice: i.price,
          quantity: 1,
          lineTotal: i.price,
        })),
      )
      .returning({ id: orderLines.id });
    return { id: order!.id, number, lineIds: lines.map((l) => l.id) };
  });
}
