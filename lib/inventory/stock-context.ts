import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/db";
import type { StockReason } from "@/db/schema";

export type StockContext = { reason: StockReason; actorId?: string | null; orderId?: string | null; note?: string };

/**
 * Says why the stock changes that follow in this transaction happen: the ledger
 * trigger on `variants` records each change with this reason, actor, order and
 * note. Transaction-local, so it never leaks into another request's writes.
 */
export async function setStockContext(tx: Tx, ctx: StockContext): Promise<void> {
  await tx.execute(sql`select
    set_config('mercato.stock_reason', ${ctx.reason}, true),
    set_config('mercato.stock_actor', ${ctx.actorId ?? ""}, true),
    set_config('mercato.stock_order', ${ctx.orderId ?? ""}, true),
    set_config('mercato.stock_note', ${ctx.note ?? ""}, true)`);
}
