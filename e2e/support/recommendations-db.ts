import { randomUUID } from "node:crypto";
import { testDb } from "./db";

/** A paid order of one unit of each product (by another shopper), written straight to the tables. */
export async function insertPaidOrderOf(productIds: number[]): Promise<void> {
  const db = testDb();
  await db.begin(async (tx) => {
    const [order] = await tx<{ id: string }[]>`
      insert into orders (number, email, status, currency, subtotal, shipping_total, total, shipping_method_code, shipping_method_name,
        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider, payment_due_at, paid_at)
      values (${`MC-R-${randomUUID().slice(0, 13)}`}, 'recommendations@example.com', 'paid', 'USD', 0, 0, 0, 'standard', 'Standard',
        'Ann Lee', '1 Main St', 'Springfield', '12345', 'US', ${randomUUID()}, 'test', now(), now())
      returning id`;
    await tx`
      insert into order_lines (order_id, product_id, product_title, product_slug, sku, unit_price, quantity, line_total)
      select ${order!.id}, id, title, slug, 'SKU', 0, 1, 0 from products where id = any(${productIds}::int[])`;
  });
}

/** What the jobs' sweep does every minute (lib/recommendations/pairs.ts): count paid orders' co-purchases until none is left. */
export async function countCoPurchases(): Promise<void> {
  const db = testDb();
  for (;;) {
    const [row] = await db<{ n: number }[]>`select count_product_pairs(500, 20) as n`;
    if (!row || row.n === 0) return;
  }
}

/**
 * The sweep as it runs in the app (lib/recommendations/pairs.ts): counts the co-purchases and records the counted
 * products' recommendation tags as revalidated (lib/cache/revalidate-outside-request.ts), which every instance polls.
 */
export async function countCoPurchasesAndRevalidate(): Promise<void> {
  const db = testDb();
  for (;;) {
    const [row] = await db<{ counted: number; product_ids: number[] }[]>`
      select counted, product_ids from count_product_pairs_touched(500, 20)`;
    const tags = (row?.product_ids ?? []).map((id) => `recommendations:${id}`);
    if (tags.length > 0)
      await db`insert into cache_tag_revalidations (tag, revalidated_at)
        select tag, ${Date.now()}::bigint from unnest(${tags}::text[]) as t(tag)
        on conflict (tag) do update set revalidated_at = greatest(cache_tag_revalidations.revalidated_at, excluded.revalidated_at)`;
    if (!row || row.counted === 0) return;
  }
}
