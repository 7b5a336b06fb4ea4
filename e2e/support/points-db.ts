import { testDb } from "./db";

/** Points for `userId` as a ledger row (the trigger keeps users.loyalty_points equal to the ledger's sum). */
export async function givePoints(
  userId: string,
  points: number,
  opts: { kind?: "earned" | "adjusted"; orderNumber?: string; reason?: string } = {},
): Promise<void> {
  const db = testDb();
  await db`
    insert into points_ledger (user_id, kind, points, order_id, reason)
    values (${userId}, ${opts.kind ?? "adjusted"}, ${points},
      ${opts.orderNumber ? db`(select id from orders where number = ${opts.orderNumber})` : null}, ${opts.reason ?? "Welcome gift"})`;
}

/** A completed order of `amount` paid now by `userId`: 12-month spend for their member tier. */
export async function giveSpend(userId: string, amount: number): Promise<void> {
  await testDb()`
    insert into orders (number, user_id, email, status, currency, subtotal, shipping_total, total, shipping_method_code,
      shipping_method_name, ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider,
      payment_due_at, paid_at, completed_at)
    values ('MC-' || extract(year from now())::int || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
      ${userId}, 'buyer@example.com', 'completed', 'USD', ${amount}, 0, ${amount}, 'standard', 'Standard',
      'Robin Tester', '1 Test Street', 'Testville', '12345', 'US', gen_random_uuid()::text, 'test',
      now(), now(), now())`;
}

/** The tier a spend of `minSpend` reaches, e.g. Gold's percent off. */
export async function tierNamed(name: string): Promise<{ minSpend: number; percentOff: number }> {
  const [row] = await testDb()`select min_spend, percent_off from member_tiers where name = ${name}`;
  return { minSpend: row!.min_spend as number, percentOff: row!.percent_off as number };
}
