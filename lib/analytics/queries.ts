import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import type { DiscountSource, OrderStatus } from "@/db/schema";
import { readStoreSettings } from "@/lib/settings/queries";
import { instants, previousPeriod, type DailySales, type DateRange } from "./range";

export type PeriodTotals = {
  revenue: number;
  orders: number;
  refunds: number;
  refundAmount: number;
  productViews: number;
  addToCarts: number;
};
export type TopProduct = { productId: number | null; title: string; slug: string; units: number; revenue: number };
export type LowStockVariant = { sku: string; productTitle: string; options: string; stock: number; threshold: number };
export type DiscountTotals = { total: number; orders: number; bySource: Partial<Record<DiscountSource, number>> };
export type PromotionRevenue = {
  promotionId: number;
  name: string;
  code: string | null;
  orders: number;
  discount: number;
  revenue: number;
};
export type LatestOrder = { number: string; email: string; status: OrderStatus; total: number; currency: string; createdAt: Date };

export type Dashboard = {
  currency: string;
  current: PeriodTotals;
  previous: PeriodTotals;
  daily: DailySales[];
  topProducts: TopProduct[];
  lowStock: { variants: LowStockVariant[]; total: number };
  latestOrders: LatestOrder[];
  discounts: DiscountTotals;
  promotionRevenue: PromotionRevenue[];
};

type Row = Record<string, unknown>;
const rows = async <T extends Row>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[];
const n = (v: unknown) => Number(v ?? 0);
// Instants as explicit timestamptz parameters (Drizzle hands raw parameters to postgres.js as they are).
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** The store's currency and low-stock default (store_settings, falling back to the environment). */
export async function storeDefaults(): Promise<{ currency: string; lowStock: number }> {
  const settings = await readStoreSettings();
  return { currency: settings.currency, lowStock: settings.lowStockThreshold };
}

/**
 * Revenue and orders (orders paid in the period, by paid_at, whatever happened to them later),
 * refunds (every refund made in the period, whole or partial, from the refunds table), and the funnel counters,
 * for `range` and the period before it; one query each, over both periods at once.
 */
async function totals(range: DateRange, currency: string): Promise<{ current: PeriodTotals; previous: PeriodTotals }> {
  const prev = previousPeriod(range);
  const cur = instants(range);
  const before = instants(prev);
  const [sales, refunds, funnel] = await Promise.all([
    rows(sql`
      select count(*) filter (where paid_at >= ${at(cur.start)}) as orders_now,
             coalesce(sum(total) filter (where paid_at >= ${at(cur.start)}), 0) as revenue_now,
             count(*) filter (where paid_at < ${at(cur.start)}) as orders_before,
             coalesce(sum(total) filter (where paid_at < ${at(cur.start)}), 0) as revenue_before
        from orders
       where paid_at >= ${at(before.start)} and paid_at < ${at(cur.end)} and currency = ${currency}`),
    rows(sql`
      select count(*) filter (where created_at >= ${at(cur.start)}) as refunds_now,
             coalesce(sum(amount) filter (where created_at >= ${at(cur.start)}), 0) as amount_now,
             count(*) filter (where created_at < ${at(cur.start)}) as refunds_before,
             coalesce(sum(amount) filter (where created_at < ${at(cur.start)}), 0) as amount_before
        from refunds
       where currency = ${currency} and created_at >= ${at(before.start)} and created_at < ${at(cur.end)}`),
    rows(sql`
      select coalesce(sum(count) filter (where metric = 'product_view' and day >= ${range.from}::date), 0) as views_now,
             coalesce(sum(count) filter (where metric = 'add_to_cart' and day >= ${range.from}::date), 0) as carts_now,
             coalesce(sum(count) filter (where metric = 'product_view' and day < ${range.from}::date), 0) as views_before,
             coalesce(sum(count) filter (where metric = 'add_to_cart' and day < ${range.from}::date), 0) as carts_before
        from funnel_daily
       where day >= ${prev.from}::date and day <= ${range.to}::date`),
  ]);
  const s = sales[0]!;
  const r = refunds[0]!;
  const f = funnel[0]!;
  return {
    current: {
      revenue: n(s.revenue_now),
      orders: n(s.orders_now),
      refunds: n(r.refunds_now),
      refundAmount: n(r.amount_now),
      productViews: n(f.views_now),
      addToCarts: n(f.carts_now),
    },
    previous: {
      revenue: n(s.revenue_before),
      orders: n(s.orders_before),
      refunds: n(r.refunds_before),
      refundAmount: n(r.amount_before),
      productViews: n(f.views_before),
      addToCarts: n(f.carts_before),
    },
  };
}

async function dailySales(range: DateRange, currency: string): Promise<DailySales[]> {
  const { start, end } = instants(range);
  const result = await rows(sql`
    select to_char(paid_at at time zone 'UTC', 'YYYY-MM-DD') as day, sum(total) as revenue, count(*) as orders
      from orders
     where paid_at >= ${at(start)} and paid_at < ${at(end)} and currency = ${currency}
     group by 1 order by 1`);
  return result.map((r) => ({ day: String(r.day), revenue: n(r.revenue), orders: n(r.orders) }));
}

async function topProducts(range: DateRange, currency: string, limit = 5): Promise<TopProduct[]> {
  const { start, end } = instants(range);
  const result = await rows(sql`
    select l.product_id, (array_agg(l.product_title order by o.paid_at desc))[1] as title,
           (array_agg(l.product_slug order by o.paid_at desc))[1] as slug,
           sum(l.quantity) as units, sum(l.line_total) as revenue
      from order_lines l join orders o on o.id = l.order_id
     where o.paid_at >= ${at(start)} and o.paid_at < ${at(end)} and o.currency = ${currency}
     group by l.product_id, case when l.product_id is null then l.product_title end
     order by revenue desc, units desc, title
     limit ${limit}`);
  return result.map((r) => ({
    productId: r.product_id === null ? null : n(r.product_id),
    title: String(r.title),
    slug: String(r.slug),
    units: n(r.units),
    revenue: n(r.revenue),
  }));
}

/** Variants of products not archived whose stock is at or below their threshold (their own, else the store's). */
export async function listLowStock(defaultThreshold: number, limit = 8): Promise<{ variants: LowStockVariant[]; total: number }> {
  const result = await rows(sql`
    select v.sku, p.title as product_title, v.option_values, v.stock,
           coalesce(v.low_stock_threshold, ${defaultThreshold}) as threshold, count(*) over () as total
      from variants v join products p on p.id = v.product_id
     where p.status <> 'archived' and v.stock <= coalesce(v.low_stock_threshold, ${defaultThreshold})
     order by v.stock, p.title, v.sku
     limit ${limit}`);
  return {
    total: n(result[0]?.total),
    variants: result.map((r) => ({
      sku: String(r.sku),
      productTitle: String(r.product_title),
      options: Object.values((r.option_values ?? {}) as Record<string, string>).join(" / "),
      stock: n(r.stock),
      threshold: n(r.threshold),
    })),
  };
}

async function latestOrders(limit = 6): Promise<LatestOrder[]> {
  const result = await rows(sql`
    select number, email, status, total, currency, created_at from orders order by created_at desc, number desc limit ${limit}`);
  return result.map((r) => ({
    number: String(r.number),
    email: String(r.email),
    status: r.status as OrderStatus,
    total: n(r.total),
    currency: String(r.currency).trim(),
    createdAt: new Date(r.created_at as string),
  }));
}

/** Discounts given on orders paid in the period (by paid_at, like revenue): the sum, the orders with any, and the sum per source. */
export async function discountTotals(range: DateRange, currency: string): Promise<DiscountTotals> {
  const { start, end } = instants(range);
  const result = await rows(sql`
    select d.source, sum(d.amount) as amount, count(distinct o.id) as orders, sum(sum(d.amount)) over () as total,
           (select count(distinct d2.order_id) from order_discounts d2 join orders o2 on o2.id = d2.order_id
             where o2.paid_at >= ${at(start)} and o2.paid_at < ${at(end)} and o2.currency = ${currency}) as all_orders
      from order_discounts d join orders o on o.id = d.order_id
     where o.paid_at >= ${at(start)} and o.paid_at < ${at(end)} and o.currency = ${currency}
     group by d.source`);
  return {
    total: n(result[0]?.total),
    orders: n(result[0]?.all_orders),
    bySource: Object.fromEntries(result.map((r) => [String(r.source), n(r.amount)])),
  };
}

/**
 * Per promotion (coupons and automatic ones), over orders paid in the period: how many orders used it,
 * the discount it gave, and the revenue (order totals, after every discount) of those orders; most discount first.
 */
export async function revenuePerPromotion(range: DateRange, currency: string, limit = 10): Promise<PromotionRevenue[]> {
  const { start, end } = instants(range);
  const result = await rows(sql`
    with per_order as (
      select d.promotion_id, o.id, o.total, sum(d.amount) as discount
        from order_discounts d join orders o on o.id = d.order_id
       where d.promotion_id is not null and o.paid_at >= ${at(start)} and o.paid_at < ${at(end)} and o.currency = ${currency}
       group by d.promotion_id, o.id, o.total)
    select po.promotion_id, p.name, p.code, count(*) as orders, sum(po.discount) as discount, sum(po.total) as revenue
      from per_order po join promotions p on p.id = po.promotion_id
     group by po.promotion_id, p.name, p.code
     order by discount desc, revenue desc, po.promotion_id
     limit ${limit}`);
  return result.map((r) => ({
    promotionId: n(r.promotion_id),
    name: String(r.name),
    code: r.code === null ? null : String(r.code),
    orders: n(r.orders),
    discount: n(r.discount),
    revenue: n(r.revenue),
  }));
}

/** Everything the dashboard shows for `range` (and the period before it), in a handful of aggregate queries. */
export async function getDashboard(range: DateRange): Promise<Dashboard> {
  const { currency, lowStock: threshold } = await storeDefaults();
  const [periods, daily, top, low, latest, discounts, promotionRevenue] = await Promise.all([
    totals(range, currency),
    dailySales(range, currency),
    topProducts(range, currency),
    listLowStock(threshold),
    latestOrders(),
    discountTotals(range, currency),
    revenuePerPromotion(range, currency),
  ]);
  return { currency, ...periods, daily, topProducts: top, lowStock: low, latestOrders: latest, discounts, promotionRevenue };
}
