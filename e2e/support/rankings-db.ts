import { randomUUID } from "node:crypto";
import { testDb } from "./db";

/** The slug and name of a product's category. */
export async function categoryOf(productId: number): Promise<{ slug: string; name: string }> {
  const db = testDb();
  const [row] = await db<{ slug: string; name: string }[]>`
    select c.slug, c.name from categories c join products p on p.category_id = c.id where p.id = ${productId}`;
  return row!;
}

/** A paid order of `quantity` units of the product, paid `daysAgo` days ago, written straight to the tables. */
export async function insertPaidOrder(productId: number, quantity: number, daysAgo = 0): Promise<void> {
  const db = testDb();
  const total = 1500 * quantity;
  await db.begin(async (tx) => {
    const [order] = await tx<{ id: string }[]>`
      insert into orders (number, email, status, currency, subtotal, shipping_total, total, shipping_method_code, shipping_method_name,
        ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider, payment_due_at, paid_at)
      values (${`MC-E-${randomUUID().slice(0, 13)}`}, 'rankings@example.com', 'paid', 'USD', ${total}, 0, ${total}, 'standard', 'Standard',
        'Ann Lee', '1 Main St', 'Springfield', '12345', 'US', ${randomUUID()}, 'test', now(), now() - make_interval(days => ${daysAgo}))
      returning id`;
    await tx`
      insert into order_lines (order_id, product_id, product_title, product_slug, sku, unit_price, quantity, line_total)
      select ${order!.id}, id, title, slug, 'SKU', 1500, ${quantity}, ${total} from products where id = ${productId}`;
  });
  // What the jobs' sweep does every few minutes (lib/rankings/refresh.ts).
  await db`select refresh_product_sales()`;
}
