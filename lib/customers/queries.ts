import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { listAddresses } from "@/lib/addresses/queries";
import type { AddressView } from "@/lib/addresses/types";
import { listOrdersForUser, type OrderSummary } from "@/lib/orders/queries";
import { storeCurrency } from "@/lib/settings/store";
import { containsPattern } from "@/lib/text";

export const CUSTOMERS_PER_PAGE = 20;

export type CustomerSummary = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  joinedAt: Date;
  orderCount: number;
  /** minor units of `currency` (the store's) */
  lifetimeValue: number;
  currency: string;
};

export type CustomerDetail = CustomerSummary & {
  loyaltyPoints: number;
  disabled: boolean;
  addresses: AddressView[];
  orders: OrderSummary[];
};

// Spelled out: in a one-table select Drizzle prints users.id as a bare "id", which would mean the orders' own id here.
const userId = sql.raw(`"users"."id"`);
/**
 * Orders placed (any status) and lifetime value: the totals of orders paid and neither refunded
 * nor cancelled after payment, less their partial refunds, in the store's currency. Correlated subqueries, so they run only
 * for the rows shown, each on orders_user_idx.
 */
const stats = (currency: string) => ({
  orderCount: sql<number>`(select count(*)::int from orders o where o.user_id = ${userId})`,
  lifetimeValue: sql<number>`(select coalesce(sum(o.total - o.refunded_total), 0)::int from orders o
    where o.user_id = ${userId} and o.paid_at is not null and o.status not in ('refunded', 'cancelled') and o.currency = ${currency})`,
});

const searchFilter = (q: string) => {
  const pattern = containsPattern(q);
  return sql`(${users.email} ilike ${pattern} or ${users.name} ilike ${pattern})`;
};

const baseColumns = { id: users.id, name: users.name, email: users.email, role: users.role, joinedAt: users.createdAt };

/** One page of accounts, newest first, matching `q` in name or e-mail; and how many match in all. */
export async function listCustomers({ q, page }: { q: string; page: number }): Promise<{ customers: CustomerSummary[]; total: number }> {
  const where = q ? searchFilter(q) : undefined;
  const currency = await storeCurrency();
  const [list, [count]] = await Promise.all([
    db
      .select({ ...baseColumns, ...stats(currency) })
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), asc(users.email))
      .limit(CUSTOMERS_PER_PAGE)
      .offset((page - 1) * CUSTOMERS_PER_PAGE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(where),
  ]);
  return { customers: list.map((r) => ({ ...r, lifetimeValue: Number(r.lifetimeValue), currency })), total: count?.n ?? 0 };
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** One account with its addresses, orders (newest first) and lifetime value; null when there is none. */
export async function getCustomer(id: string): Promise<CustomerDetail | null> {
  if (!isUuid(id)) return null;
  const currency = await storeCurrency();
  const [row] = await db
    .select({ ...baseColumns, ...stats(currency), loyaltyPoints: users.loyaltyPoints, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, id));
  if (!row) return null;
  const [book, history] = await Promise.all([listAddresses(id), listOrdersForUser(id)]);
  return { ...row, lifetimeValue: Number(row.lifetimeValue), currency, addresses: book, orders: history };
}
