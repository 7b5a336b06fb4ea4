import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { testDb } from "./db";

export type TestAccount = { id: string; email: string; name: string; password: string };

/** A fresh customer with a password and a proven e-mail, written straight to the database (argon2id, as the app stores it). */
export async function createAccount(name = "Robin Tester", { verified = true } = {}): Promise<TestAccount> {
  const email = `${Date.now()}-${randomUUID().slice(0, 8)}@example.com`;
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [row] =
    await testDb()`insert into users (email, name, password_hash, email_verified_at) values (${email}, ${name}, ${passwordHash}, ${verified ? new Date() : null}) returning id`;
  return { id: row!.id as string, email, name, password };
}

/**
 * A delivered order of one unit of the product `slug` for `userId`, as if it had
 * been paid, shipped and delivered (until the back office can move it along).
 */
export async function createDeliveredOrder(userId: string, slug: string): Promise<{ number: string; lineId: number }> {
  const db = testDb();
  return db.begin(async (tx) => {
    const [v] = await tx`
      select p.id as product_id, p.title, p.slug, v.id as variant_id, v.sku, v.price
      from products p join variants v on v.product_id = p.id
      where p.slug = ${slug} order by v.position, v.id limit 1`;
    if (!v) throw new Error(`No product ${slug}`);
    const [order] = await tx`
      insert into orders (number, user_id, email, status, currency, subtotal, shipping_total, total, shipping_method_code,
        shipping_method_name, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider,
        payment_due_at, paid_at, shipped_at, delivered_at)
      values ('MC-' || extract(year from now())::int || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
        ${userId}, 'buyer@example.com', 'delivered', 'USD', ${v.price}, 0, ${v.price}, 'standard', 'Standard',
        'Robin Tester', '1 Test Street', 'Testville', '12345', 'US', ${randomUUID()}, 'test',
        now() + interval '30 minutes', now(), now(), now())
      returning id, number`;
    const [line] = await tx`
      insert into order_lines (order_id, product_id, variant_id, product_title, product_slug, sku, unit_price, quantity, line_total)
      values (${order!.id}, ${v.product_id}, ${v.variant_id}, ${v.title}, ${v.slug}, ${v.sku}, ${v.price}, 1, ${v.price})
      returning id`;
    return { number: order!.number as string, lineId: line!.id as number };
  });
}
