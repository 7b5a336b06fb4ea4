import { randomUUID } from "node:crypto";
import { testDb } from "./db";

let counter = 0;

/** A fresh active product with one variant per size (option Size), so a test owns its stock. */
export async function createSizedProduct(
  title: string,
  sizes: { size: string; price: number; stock: number }[],
): Promise<{ id: number; slug: string; title: string; variantIds: number[] }> {
  const db = testDb();
  const slug = `returns-${Date.now().toString(36)}-${process.pid}-${++counter}`;
  return db.begin(async (tx) => {
    const [product] = await tx<{ id: number }[]>`
      insert into products (slug, title, description, status, category_id, published_at)
      select ${slug}, ${title}, 'A product made by a test.', 'active', id, now() from categories order by id limit 1
      returning id`;
    const variantIds: number[] = [];
    for (const [i, s] of sizes.entries()) {
      const [v] = await tx<{ id: number }[]>`
        insert into variants (product_id, sku, price, stock, position, option_values)
        values (${product!.id}, ${`SKU-${slug}-${s.size}`}, ${s.price}, ${s.stock}, ${i}, ${tx.json({ Size: s.size })})
        returning id`;
      variantIds.push(v!.id);
    }
    return { id: product!.id, slug, title, variantIds };
  });
}

/**
 * A paid, shipped and delivered order (`daysAgo` days ago) of these variants for
 * `shopper`, with its payment through the test gateway, as the shop would leave it.
 */
export async function createDeliveredOrderOf(
  shopper: { id: string; email: string },
  lines: { variantId: number; quantity: number }[],
  { daysAgo = 1, shipping = 499 }: { daysAgo?: number; shipping?: number } = {},
): Promise<{ id: string; number: string; total: number; lineIds: number[] }> {
  const db = testDb();
  return db.begin(async (tx) => {
    type Row = {
      product_id: number;
      title: string;
      slug: string;
      variant_id: number;
      sku: string;
      price: number;
      option_values: Record<string, string>;
    };
    const rows: (Row & { quantity: number })[] = [];
    for (const l of lines) {
      const [v] = await tx<Row[]>`
        select p.id as product_id, p.title, p.slug, v.id as variant_id, v.sku, v.price, v.option_values
        from variants v join products p on p.id = v.product_id where v.id = ${l.variantId}`;
      rows.push({ ...v!, quantity: l.quantity });
    }
    const subtotal = rows.reduce((s, r) => s + r.price * r.quantity, 0);
    const at = new Date(Date.now() - daysAgo * 86_400_000);
    const [order] = await tx`
      insert into orders (number, user_id, email, status, currency, subtotal, shipping_total, total, shipping_method_code,
        shipping_method_name, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider,
        payment_due_at, paid_at, shipped_at, delivered_at, carrier, tracking_number)
      values ('MC-' || extract(year from now())::int || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
        ${shopper.id}, ${shopper.email.toLowerCase()}, 'delivered', 'USD', ${subtotal}, ${shipping}, ${subtotal + shipping}, 'standard', 'Standard',
        'Robin Tester', '1 Test Street', 'Testville', '12345', 'US', ${randomUUID()}, 'test',
        ${at}, ${at}, ${at}, ${at}, 'DHL', 'JD0001')
      returning id, number, total`;
    const lineIds: number[] = [];
    for (const r of rows) {
      const [line] = await tx`
        insert into order_lines (order_id, product_id, variant_id, product_title, product_slug, variant_title, sku, unit_price, quantity, line_total)
        values (${order!.id}, ${r.product_id}, ${r.variant_id}, ${r.title}, ${r.slug}, ${Object.values(r.option_values).join(" / ")},
          ${r.sku}, ${r.price}, ${r.quantity}, ${r.price * r.quantity})
        returning id`;
      lineIds.push(line!.id as number);
    }
    await tx`
      insert into payments (order_id, provider, provider_reference, status, amount, currency)
      values (${order!.id}, 'test', ${`tg_${order!.id}`}, 'succeeded', ${order!.total}, 'USD')`;
    return { id: order!.id as string, number: order!.number as string, total: order!.total as number, lineIds };
  });
}

export async function stockOfVariant(id: number): Promise<number> {
  const [row] = await testDb()<{ stock: number }[]>`select stock from variants where id = ${id}`;
  return row!.stock;
}

/** What the provider was asked to give back for an order, as recorded. */
export async function refundsOf(orderId: string): Promise<{ kind: string; amount: number }[]> {
  return testDb()<
    { kind: string; amount: number }[]
  >`select kind::text, amount from refunds where order_id = ${orderId} order by created_at`;
}
