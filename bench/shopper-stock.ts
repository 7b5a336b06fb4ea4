/**
 * Stock for the shopper benchmark: a few "limited" variants set to a small
 * stock (a ledger correction, like a merchant's), plenty of others to fill
 * baskets, and the check afterwards that nothing was oversold.
 */
import { inArray } from "drizzle-orm";
import { db, sqlClient } from "@/db";
import { variants } from "@/db/schema";
import { setStockContext } from "@/lib/inventory/stock-context";

export type BenchStock = { limited: number[]; limitedStock: number; plentiful: number[]; shippingMethod: string; startedAt: string };

/** Picks the variants and sets the limited ones' stock to `limitedStock` (reason: correction). */
export async function prepareStock(limitedCount: number, limitedStock: number): Promise<BenchStock> {
  const pick = (minStock: number, n: number) => sqlClient()<{ id: number }[]>`
    select v.id from variants v join products p on p.id = v.product_id
    where p.status = 'active' and v.stock >= ${minStock} order by random() limit ${n}`;
  const limited = (await pick(0, limitedCount)).map((r) => r.id);
  const plentiful = (await pick(30, 1000)).map((r) => r.id).filter((id) => !limited.includes(id));
  const [method] = await sqlClient()<{ code: string }[]>`select code from shipping_methods where active order by price limit 1`;
  if (!method || limited.length < limitedCount || plentiful.length < 10)
    throw new Error("The bench catalog has too few variants or no shipping method");
  await db.transaction(async (tx) => {
    await setStockContext(tx, { reason: "correction", note: "bench: limited stock" });
    await tx.update(variants).set({ stock: limitedStock }).where(inArray(variants.id, limited));
  });
  const [clock] = await sqlClient()<{ now: string }[]>`select clock_timestamp()::text as now`;
  return { limited, limitedStock, plentiful, shippingMethod: method.code, startedAt: clock!.now };
}

export type OversellCheck = {
  ok: boolean;
  limitedVariants: number;
  startingUnits: number;
  unitsOrdered: number;
  unitsLeft: number;
  soldOutVariants: number;
  variantsChecked: number;
  problems: string[];
};

/**
 * For each limited variant: units ordered ≤ starting stock, stock = start − ordered,
 * and for every variant the run touched, stock = the sum of its ledger.
 */
export async function checkOversell(stock: BenchStock): Promise<OversellCheck> {
  const sql = sqlClient();
  const rows = await sql<{ id: number; stock: number; ordered: number; ledger: number }[]>`
    with touched as (
      select unnest(${stock.limited}::int[]) as id
      union
      select ol.variant_id from order_lines ol join orders o on o.id = ol.order_id where o.created_at >= ${stock.startedAt}::timestamptz
    )
    select v.id, v.stock,
      coalesce((select sum(ol.quantity) from order_lines ol join orders o on o.id = ol.order_id
                where ol.variant_id = v.id and o.created_at >= ${stock.startedAt}::timestamptz), 0)::int as ordered,
      coalesce((select sum(m.delta) from inventory_movements m where m.variant_id = v.id), 0)::int as ledger
    from variants v join touched t on t.id = v.id`;
  const problems: string[] = [];
  const limited = rows.filter((r) => stock.limited.includes(r.id));
  for (const r of limited) {
    if (r.ordered > stock.limitedStock) problems.push(`variant ${r.id}: ${r.ordered} units ordered of ${stock.limitedStock}`);
    if (r.stock !== stock.limitedStock - r.ordered)
      problems.push(`variant ${r.id}: stock ${r.stock}, expected ${stock.limitedStock - r.ordered}`);
  }
  for (const r of rows) if (r.stock !== r.ledger) problems.push(`variant ${r.id}: stock ${r.stock} but its ledger sums to ${r.ledger}`);
  const [negative] = await sql<{ n: number }[]>`select count(*)::int as n from variants where stock < 0`;
  if (negative!.n > 0) problems.push(`${negative!.n} variants have negative stock`);
  return {
    ok: problems.length === 0,
    limitedVariants: limited.length,
    startingUnits: stock.limitedStock * limited.length,
    unitsOrdered: limited.reduce((n, r) => n + r.ordered, 0),
    unitsLeft: limited.reduce((n, r) => n + r.stock, 0),
    soldOutVariants: limited.filter((r) => r.stock === 0).length,
    variantsChecked: rows.length,
    problems: problems.slice(0, 20),
  };
}
