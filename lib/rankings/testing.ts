// Helpers for integration tests of rankings and sitemaps (real PostgreSQL); not used by the app.
import { randomUUID } from "node:crypto";
import { db } from "@/db";
import { categories, orderLines, orders, type OrderStatus, products, variants } from "@/db/schema";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid}-${++counter}`;

/** A category of the test's own (top level, last), so lists filtered by it hold only the test's products. */
export async function createRankingCategory(): Promise<{ id: number; slug: string }> {
  const slug = `rank-${unique()}`;
  const [row] = await db
    .insert(categories)
    .values({ slug, name: `Ranking ${slug}`, position: 10_000 })
    .returning({ id: categories.id });
  return { id: row!.id, slug };
}

/** An active (or `status`) product with one variant in the category. */
export async function createRankingProduct(
  categoryId: number,
  opts: { status?: "active" | "draft" | "archived"; publishedAt?: Date; rating?: { average: number; count: number } } = {},
): Promise<{ id: number; slug: string }> {
  const slug = `ranked-${unique()}`;
  return db.transaction(async (tx) => {
    const [p] = await tx
      .insert(products)
      .values({
        slug,
        title: `Ranked ${slug}`,
        status: opts.status ?? "active",
        categoryId,
        publishedAt: opts.publishedAt ?? new Date(),
        ratingAvg: opts.rating?.average ?? 0,
        ratingCount: opts.rating?.count ?? 0,
      })
      .returning({ id: products.id });
    await tx.insert(variants).values({ productId: p!.id, sku: `SKU-${slug}`, price: 1000, stock: 100 });
    return { id: p!.id, slug };
  });
}

/** An order straight in the tables: `status`, paid at `paidAt` (or unpaid), one line per product. */
export async function insertRankingOrder(opts: {
  status: OrderStatus;
  paidAt: Date | null;
  lines: { productId: number; quantity: number }[];
}) {
  const subtotal = opts.lines.reduce((s, l) => s + 1000 * l.quantity, 0);
  await db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        number: `MC-K-${randomUUID().slice(0, 13)}`,
        email: "rankings@example.com",
        status: opts.status,
        currency: "USD",
        subtotal,
        shippingTotal: 0,
        total: subtotal,
        shippingMethodCode: "standard",
        shippingMethodName: "Standard",
        shipName: "Ann Lee",
        shipLine1: "1 Main St",
        shipCity: "Springfield",
        shipPostalCode: "12345",
        shipCountry: "US",
        checkoutKey: randomUUID(),
        paymentProvider: "test",
        paymentDueAt: new Date(Date.now() + 30 * 60_000),
        paidAt: opts.paidAt,
      })
      .returning({ id: orders.id });
    await tx.insert(orderLines).values(
      opts.lines.map((l) => ({
        orderId: order!.id,
        productId: l.productId,
        productTitle: "Ranked",
        productSlug: "ranked",
        sku: "SKU",
        unitPrice: 1000,
        quantity: l.quantity,
        lineTotal: 1000 * l.quantity,
      })),
    );
  });
}
