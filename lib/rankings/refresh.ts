import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** How often the jobs' sweep rebuilds the sales rollup (product_sales): the rankings are at most this much behind. */
export const SALES_REFRESH_SECONDS = 180;

/** Rebuilds product_sales now from paid orders (SQL function refresh_product_sales, see the migration); returns the rows changed. */
export async function refreshProductSales(): Promise<number> {
  const [row] = (await db.execute(sql`select refresh_product_sales() as changed`)) as unknown as { changed: number }[];
  return Number(row?.changed ?? 0);
}

let lastRefresh = 0;

/** The sweep's job: a rebuild when the last one in this process is SALES_REFRESH_SECONDS old. */
export async function refreshProductSalesWhenDue(now = Date.now()): Promise<number> {
  if (now - lastRefresh < SALES_REFRESH_SECONDS * 1000) return 0;
  lastRefresh = now;
  return refreshProductSales();
}
