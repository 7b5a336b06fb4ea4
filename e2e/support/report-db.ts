import { randomUUID } from "node:crypto";
import { testDb } from "./db";

/**
 * An order of one line (the first variant of `slug`) with this e-mail and status, created now,
 * written straight to the database; for tests of the lists and their exports.
 */
export async function createOrderWithLine(email: string, status: string, slug: string): Promise<{ number: string; sku: string }> {
  const db = testDb();
  return db.begin(async (tx) => {
    const [v] = await tx`
      select p.id as product_id, p.title, p.slug, v.id as variant_id, v.sku, v.price
      from products p join variants v on v.product_id = p.id
      where p.slug = ${slug} order by v.position, v.id limit 1`;
    if (!v) throw new Error(`No product ${slug}`);
    const [order] = await tx`
      insert into orders (number, email, status, currency, subtotal, shipping_total, total, shipping_method_code,
        shipping_method_name, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider,
        payment_due_at, paid_at)
      values ('MC-' || extract(year from now())::int || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
        ${email}, ${status}::order_status, 'USD', ${v.price}, 500, ${v.price + 500}, 'standard', 'Standard',
        'Robin Tester', '1 Test Street', 'Testville', '12345', 'US', ${randomUUID()}, 'test',
        now() + interval '30 minutes', ${status === "pending_payment" ? null : new Date()})
      returning number`;
    await tx`
      insert into order_lines (order_id, product_id, variant_id, product_title, product_slug, sku, unit_price, quantity, line_total)
      select o.id, ${v.product_id}, ${v.variant_id}, ${v.title}, ${v.slug}, ${v.sku}, ${v.price}, 1, ${v.price}
      from orders o where o.number = ${order!.number}`;
    return { number: order!.number as string, sku: v.sku as string };
  });
}
