import "server-only";
import { sql, type SQL } from "drizzle-orm";

/**
 * formatOrderNumber (./order-number.ts) in SQL, for `n`: MC-YYYY-NNNNNN, the year of the
 * transaction, six digits at least. Kept here, apart from the browser-safe helpers.
 */
export const orderNumberSql = (n: SQL): SQL =>
  sql`(select 'MC-' || extract(year from now())::int || '-' || lpad(s::text, greatest(6, length(s::text)), '0') from (select ${n} as s) n)`;

/** The next order's number, taken from order_number_seq by the INSERT that creates the order. */
export const nextOrderNumberSql: SQL = orderNumberSql(sql`nextval('order_number_seq')`);
