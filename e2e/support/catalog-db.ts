import { testDb } from "./db";

/** Whether a category / brand / product with this slug exists (for access tests that must change nothing). */
export async function slugExists(table: "categories" | "brands" | "products", slug: string): Promise<boolean> {
  const db = testDb();
  const rows = await db`select 1 from ${db(table)} where slug = ${slug}`;
  return rows.length > 0;
}

/** A seeded SKU and its product's slug. */
export async function anySeededVariant(): Promise<{ sku: string; slug: string }> {
  const [row] = await testDb()<{ sku: string; slug: string }[]>`
    select v.sku, p.slug from variants v join products p on p.id = v.product_id where v.sku like 'MC-%' order by v.id limit 1`;
  if (!row) throw new Error("No seeded variant");
  return row;
}

/** The stock of a SKU and the sum of its inventory ledger. */
export async function stockAndLedger(sku: string): Promise<{ stock: number; ledger: number } | null> {
  const [row] = await testDb()<{ stock: number; ledger: number }[]>`
    select v.stock, coalesce((select sum(delta) from inventory_movements m where m.variant_id = v.id), 0)::int as ledger
    from variants v where v.sku = ${sku}`;
  return row ?? null;
}

export async function categoryId(slug: string): Promise<number> {
  const [row] = await testDb()<{ id: number }[]>`select id from categories where slug = ${slug}`;
  if (!row) throw new Error(`No category ${slug}`);
  return row.id;
}
