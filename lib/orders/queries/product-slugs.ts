import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { orderLines, products } from "@/db/schema";

/**
 * The current slugs of the products on some order lines, for revalidating their cached pages after their stock
 * moved. Read through the product, not the line: a line keeps the slug its product had when it was ordered, and a
 * renamed product's page lives under the new one. A product deleted since has no page.
 */
export async function productSlugsOf(lines: { orderIds: string[] } | { lineIds: number[] }, executor: DbOrTx = db): Promise<string[]> {
  const [column, ids] = "orderIds" in lines ? [orderLines.orderId, lines.orderIds] : [orderLines.id, lines.lineIds];
  if (ids.length === 0) return [];
  const rows = await executor
    .selectDistinct({ slug: products.slug })
    .from(orderLines)
    .innerJoin(products, eq(products.id, orderLines.productId))
    .where(inArray(column, ids));
  return rows.map((r) => r.slug);
}
