import { sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { listingOrder } from "./listing-order";
import type { Sort } from "./listing-params";

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The plan of one listing page with sorting switched off, so PostgreSQL must read
 * an index in the listing's order or pay for a disabled Sort (which then shows).
 */
async function plan(where: SQL, sort: Sort): Promise<PlanNode[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_sort = off`);
    await tx.execute(sql`set local enable_incremental_sort = off`);
    const order = sql.join(listingOrder(sort), sql`, `);
    const [row] = (await tx.execute(
      sql`explain (format json) select "products"."id" from "products" where "products"."status" = 'active' and ${where} order by ${order} limit 24 offset 48`,
    )) as unknown as { "QUERY PLAN": [{ Plan: PlanNode }] }[];
    return nodes(row!["QUERY PLAN"][0].Plan);
  });
}

const leafCategory = async () => {
  const [row] = (await db.execute(
    sql`select category_id as id from products where status = 'active' group by category_id order by count(*) desc limit 1`,
  )) as unknown as { id: number }[];
  return row!.id;
};

describe("listing ORDER BY agrees with the listing indexes (real PostgreSQL)", () => {
  const categorySorts: [Sort, string][] = [
    ["popular", "products_category_popular_idx"],
    ["newest", "products_category_newest_idx"],
    ["price-asc", "products_category_price_idx"],
    ["price-desc", "products_category_price_idx"],
    ["rating", "products_category_rating_idx"],
  ];
  it.each(categorySorts)("a category sorted %s reads %s in order (no sort)", async (sort, index) => {
    const id = await leafCategory();
    const found = await plan(sql`"products"."category_id" = ${id}`, sort);
    expect(found.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(found.map((n) => n["Node Type"])).not.toContain("Incremental Sort");
    expect(found.map((n) => n["Index Name"])).toContain(index);
  });

  const catalogSorts: [Sort, string][] = [
    ["popular", "products_popular_idx"],
    ["newest", "products_newest_idx"],
  ];
  it.each(catalogSorts)("the whole catalog sorted %s (home page lists) reads %s in order", async (sort, index) => {
    const found = await plan(sql`true`, sort);
    expect(found.map((n) => n["Node Type"])).not.toContain("Sort");
    expect(found.map((n) => n["Index Name"])).toContain(index);
  });
});

describe("a category's counts and facets are read from products_category_filter_idx alone (real PostgreSQL)", () => {
  it.each([
    ["a price range", sql`"products"."price_max" >= 1000 and "products"."price_min" <= 8000`],
    ["in stock and an option value", sql`"products"."in_stock" and "products"."option_tags" && '{Color:Black}'::text[]`],
  ])("count with %s: an index-only scan", async (_name, filter) => {
    const id = await leafCategory();
    const found = await db.transaction(async (tx) => {
      // Only an index-only scan is left at normal cost: the plan shows one if the index covers the query.
      for (const setting of ["enable_seqscan", "enable_bitmapscan", "enable_indexscan"])
        await tx.execute(sql.raw(`set local ${setting} = off`));
      const [row] = (await tx.execute(
        sql`explain (format json) select count(*) from "products" where "products"."status" = 'active' and "products"."category_id" = ${id} and ${filter}`,
      )) as unknown as { "QUERY PLAN": [{ Plan: PlanNode }] }[];
      return nodes(row!["QUERY PLAN"][0].Plan);
    });
    expect(found.map((n) => [n["Node Type"], n["Index Name"]])).toContainEqual(["Index Only Scan", "products_category_filter_idx"]);
  });
});
