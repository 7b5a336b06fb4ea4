import { testDb } from "./db";

/** A promotion written straight to the database (a coupon when `code` is set), scoped by the caller to its own products. */
export async function createPromotion(p: {
  name: string;
  type: "percent_off" | "fixed_off" | "free_shipping" | "spend_save" | "buy_x_get_y";
  code?: string;
  amount?: number;
  tiers?: { spend: number; save: number }[];
  minSpend?: number;
  perCustomerLimit?: number;
  usageLimit?: number;
  productIds: number[];
}): Promise<number> {
  const db = testDb();
  const [row] = await db<{ id: number }[]>`
    insert into promotions (name, code, type, amount, tiers, min_spend, per_customer_limit, usage_limit, product_ids)
    values (${p.name}, ${p.code ?? null}, ${p.type}, ${p.amount ?? 0}, ${db.json(p.tiers ?? [])}, ${p.minSpend ?? 0},
            ${p.perCustomerLimit ?? null}, ${p.usageLimit ?? null}, ${p.productIds})
    returning id`;
  return row!.id;
}

/** A flash sale on the product's first variant, running from a minute ago for `minutes`. */
export async function createFlashSale(productId: number, s: { salePrice: number; cap: number; perCustomer: number; minutes?: number }) {
  const db = testDb();
  const [row] = await db<{ id: number; endsAt: Date }[]>`
    insert into flash_sales (variant_id, sale_price, quantity_cap, per_customer_limit, starts_at, ends_at)
    select id, ${s.salePrice}, ${s.cap}, ${s.perCustomer}, now() - interval '1 minute', now() + make_interval(mins => ${s.minutes ?? 60})
    from variants where product_id = ${productId} order by id limit 1
    returning id, ends_at as "endsAt"`;
  return row!;
}

export async function setProductPrice(productId: number, price: number): Promise<void> {
  await testDb()`update variants set price = ${price}, compare_at_price = null where product_id = ${productId}`;
}

export async function givePoints(userId: string, points: number): Promise<void> {
  await testDb()`insert into points_ledger (user_id, kind, points, reason) values (${userId}, 'adjusted', ${points}, 'e2e')`;
}

export async function pointsOf(userId: string): Promise<number> {
  const [row] = await testDb()<{ points: number }[]>`select loyalty_points as points from users where id = ${userId}`;
  return row!.points;
}

/** The discounts stored on an order, in order. */
export async function orderDiscounts(orderId: string): Promise<{ label: string; amount: number; source: string }[]> {
  return testDb()<{ label: string; amount: number; source: string }[]>`
    select label, amount, source from order_discounts where order_id = ${orderId} order by position, id`;
}
