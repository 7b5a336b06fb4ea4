import { testDb } from "./db";

export type OrderRecord = { id: string; number: string; status: string; total: number; shippingMethodCode: string };

/** The newest order placed with this e-mail, or null. */
export async function latestOrderFor(email: string): Promise<OrderRecord | null> {
  const db = testDb();
  const [row] = await db<OrderRecord[]>`
    select id, number, status, total, shipping_method_code as "shippingMethodCode"
    from orders where email = ${email.toLowerCase()} order by created_at desc limit 1`;
  return row ?? null;
}

/** The stock of a product's single variant. */
export async function stockOfProduct(slug: string): Promise<number> {
  const db = testDb();
  const [row] = await db<{ stock: number }[]>`
    select v.stock from variants v join products p on p.id = v.product_id where p.slug = ${slug} order by v.id limit 1`;
  return row!.stock;
}
