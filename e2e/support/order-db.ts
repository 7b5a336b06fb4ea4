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

/**
 * Moves an order straight to `status` with an event by staff, as the back office
 * would (it does not exist yet); for tests that start later in an order's life.
 */
export async function forceOrderStatus(number: string, status: "paid" | "shipped" | "delivered"): Promise<void> {
  const db = testDb();
  await db.begin(async (tx) => {
    const [order] = await tx<{ id: string; status: string }[]>`select id, status from orders where number = ${number} for update`;
    await tx`
      update orders set status = ${status}::order_status,
        paid_at = coalesce(paid_at, now()),
        shipped_at = case when ${status} in ('shipped', 'delivered') then now() end,
        delivered_at = case when ${status} = 'delivered' then now() end,
        carrier = case when ${status} in ('shipped', 'delivered') then 'DHL' end,
        tracking_number = case when ${status} in ('shipped', 'delivered') then 'JD014600006281230' end
      where id = ${order!.id}`;
    await tx`
      insert into order_events (order_id, from_status, to_status, actor, note)
      values (${order!.id}, ${order!.status}::order_status, ${status}::order_status, 'staff', 'Moved by a test')`;
  });
}
