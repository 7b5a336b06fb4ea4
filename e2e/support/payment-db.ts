import { createHmac, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

let sql: postgres.Sql | undefined;
const db = () => (sql ??= postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} }));

/**
 * An order awaiting payment with an open test gateway payment, written straight
 * to the database as checkout would leave it (for tests that start at the payment page).
 */
export async function createOrderAwaitingPayment(total = 4599): Promise<{ orderNumber: string; paymentId: string; accessPath: string }> {
  const [order] = await db()`
    insert into orders (number, email, currency, subtotal, shipping_total, total, shipping_method_code, shipping_method_name,
      ship_name, ship_line1, ship_city, ship_postal_code, ship_country, checkout_key, payment_provider, payment_due_at)
    values ('MC-' || extract(year from now())::int || '-' || lpad(nextval('order_number_seq')::text, 6, '0'),
      ${`${randomUUID()}@example.com`}, 'USD', ${total - 500}, 500, ${total}, 'standard', 'Standard',
      'Pat Payer', '1 Test Street', 'Testville', '12345', 'US', ${randomUUID()}, 'test', now() + interval '30 minutes')
    returning id, number`;
  const orderId = order!.id as string;
  const [payment] = await db()`
    insert into payments (order_id, provider, provider_reference, amount, currency)
    values (${order!.id}, 'test', ${`tg_e2e_${randomUUID()}`}, ${total}, 'USD') returning id`;
  return { orderNumber: order!.number, paymentId: payment!.id, accessPath: guestAccessPath(orderId, order!.number) };
}

/**
 * The link of a guest's order e-mail (lib/orders/guest-link.ts), signed with the secret the test server uses:
 * opening it gives the browser the order, as placing it would. Only the order's browser may pay it.
 */
function guestAccessPath(orderId: string, number: string): string {
  const secret = process.env.AUTH_SECRET ?? readFileSync(path.join(process.env.DATA_DIR ?? ".data", "auth-secret"), "utf8").trim();
  const mac = createHmac("sha256", secret).update(`order-link\n${orderId}`).digest("base64url");
  return `/orders/${encodeURIComponent(number)}/access?k=${encodeURIComponent(`${orderId}.${mac}`)}`;
}

/** The order's status and its payment's, as the shop recorded them. */
export async function paymentState(paymentId: string): Promise<{ order: string; payment: string; paidEvents: number }> {
  const [row] = await db()`
    select o.status as order, p.status as payment,
      (select count(*)::int from order_events e where e.order_id = o.id and e.to_status = 'paid') as "paidEvents"
    from payments p join orders o on o.id = p.order_id where p.id = ${paymentId}`;
  return row as unknown as { order: string; payment: string; paidEvents: number };
}

/** The method a payment was made with (lib/payments/methods.ts). */
export async function paymentMethodOf(paymentId: string): Promise<string> {
  const [row] = await db()`select method from payments where id = ${paymentId}`;
  return row!.method as string;
}

/** Puts the store's payment methods back to "all of the provider's" (no choice saved). */
export async function resetPaymentMethods(): Promise<void> {
  await db()`update store_settings set payment_methods = null where id = 1`;
}
