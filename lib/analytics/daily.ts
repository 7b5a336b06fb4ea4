import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { instants, type DateRange } from "./range";

/** The dashboard's figures for one UTC day (amounts in minor units of the store's currency). */
export type DailyFigures = {
  day: string;
  orders: number;
  revenue: number;
  refunds: number;
  refundAmount: number;
  productViews: number;
  addToCarts: number;
};

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const n = (v: unknown) => Number(v ?? 0);

/**
 * Every day of `range` with the dashboard's figures for it, counted as the
 * dashboard counts them (lib/analytics/queries.ts): revenue and orders by the
 * time of payment, refunds (whole or partial) by when they were made, the funnel's counters; days
 * with nothing are zeros. Summed over the range they are the dashboard's totals.
 */
export async function dailyFigures(range: DateRange, currency: string): Promise<DailyFigures[]> {
  const { start, end } = instants(range);
  const result = (await db.execute(sql`
    with days as (
      select d::date as day from generate_series(${range.from}::date, ${range.to}::date, interval '1 day') d),
    sales as (
      select (paid_at at time zone 'UTC')::date as day, count(*) as orders, sum(total) as revenue
        from orders
       where paid_at >= ${at(start)} and paid_at < ${at(end)} and currency = ${currency}
       group by 1),
    refunds as (
      select (created_at at time zone 'UTC')::date as day, count(*) as refunds, sum(amount) as amount
        from refunds
       where currency = ${currency} and created_at >= ${at(start)} and created_at < ${at(end)}
       group by 1),
    funnel as (
      select day, sum(count) filter (where metric = 'product_view') as views, sum(count) filter (where metric = 'add_to_cart') as carts
        from funnel_daily
       where day >= ${range.from}::date and day <= ${range.to}::date
       group by day)
    select to_char(days.day, 'YYYY-MM-DD') as day, s.orders, s.revenue, r.refunds, r.amount, f.views, f.carts
      from days
      left join sales s on s.day = days.day
      left join refunds r on r.day = days.day
      left join funnel f on f.day = days.day
     order by days.day`)) as unknown as Record<string, unknown>[];
  return result.map((r) => ({
    day: String(r.day),
    orders: n(r.orders),
    revenue: n(r.revenue),
    refunds: n(r.refunds),
    refundAmount: n(r.amount),
    productViews: n(r.views),
    addToCarts: n(r.carts),
  }));
}
