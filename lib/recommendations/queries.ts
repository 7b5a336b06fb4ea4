import "server-only";
import { desc, eq, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, products } from "@/db/schema";
import { cardColumns, toCard } from "@/lib/catalog/cards";
import type { ProductCard } from "@/lib/catalog/types";
import { excludedFor, fallbackSize, fillUp, intArrayLiteral, priceBand, seedWeights, type ShopperSignals } from "./rules";

/** Co-purchases read per seed product (down product_pairs_top_idx): the strongest pairs, enough to fill a row after exclusions. */
const PAIRS_PER_SEED = 40;
/** Candidates "Similar products" ranks: the nearest in price on each side, within the band, down products_category_price_idx. */
const SIMILAR_PER_SIDE = 60;

/**
 * Available cards (active, in stock) among the candidates `(id, score)`, best score first: the
 * candidates are ranked and cut to `limit` first, so the card columns (images, prices: subqueries
 * per row) are read only for the rows returned.
 */
async function rankedCards(candidates: SQL, limit: number): Promise<ProductCard[]> {
  const top = sql`select c.id, c.score from (${candidates}) as c
    join products p on p.id = c.id
    where p.status = 'active' and p.in_stock
    order by c.score desc, c.id desc limit ${limit}`;
  const rows = await db
    .select(cardColumns)
    .from(products)
    .innerJoin(sql`(${top}) as t`, sql`t.id = ${products.id}`)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .orderBy(sql`t.score desc`, desc(products.id));
  return rows.map(toCard);
}

/**
 * Candidates `(id, score = units)` for the best sellers of the last 30 days (the product_sales rollup,
 * as /rankings): of the seeds' categories when given, each read down product_sales_category_month_idx
 * with a LIMIT, else overall down product_sales_month_idx; a margin of rows for products since archived
 * or sold out. ("desc nulls last" as the indexes are built, or PostgreSQL sorts instead of reading in order.)
 */
function bestSellerCandidates(seedIds: string | null, size: number): SQL {
  const take = size * 2 + 20;
  if (seedIds === null)
    return sql`select product_id as id, units_month as score from product_sales where units_month > 0
      order by units_month desc nulls last, product_id desc nulls last limit ${take}`;
  return sql`select s.product_id as id, s.units_month as score
    from (select distinct category_id from products where id = any(${seedIds}::int[])) cat
    cross join lateral (
      select product_id, units_month from product_sales where category_id = cat.category_id and units_month > 0
      order by units_month desc nulls last, product_id desc nulls last limit ${take}
    ) s`;
}

/** Best sellers (of the seeds' categories when given, then overall) as a fallback, asking for `size` rows of each. */
async function bestSellers(seedIds: string | null, size: number): Promise<ProductCard[][]> {
  if (size === 0) return [];
  return Promise.all([
    seedIds === null ? [] : rankedCards(bestSellerCandidates(seedIds, size), size),
    rankedCards(bestSellerCandidates(null, size), size),
  ]);
}

/**
 * "Customers also bought": products most often in the same paid orders as `productIds` (summed over
 * them, for a cart), available, never one of them; filled up from best sellers of their categories,
 * then overall, when our data is thin.
 */
export async function alsoBought(productIds: number[], limit: number, exclude: number[] = []): Promise<ProductCard[]> {
  if (productIds.length === 0) return [];
  const seeds = intArrayLiteral(productIds);
  const paired = await rankedCards(
    sql`select pp.other_id as id, sum(pp.orders)::float8 as score
      from unnest(${seeds}::int[]) as seed(id)
      cross join lateral (
        select other_id, orders from product_pairs where product_id = seed.id
        order by orders desc nulls last, other_id limit ${PAIRS_PER_SEED}
      ) pp
      where pp.other_id <> all(${seeds}::int[])
      group by pp.other_id`,
    limit + exclude.length,
  );
  const excluded = new Set([...productIds, ...exclude]);
  const size = fallbackSize(paired.length, limit, excluded.size);
  const fallback = await bestSellers(seeds, size);
  return fillUp([paired, ...fallback], excluded, limit);
}

/**
 * "Similar products": of the same category, priced within half to twice the product's lowest price
 * (the nearest in price on each side), ranked by title likeness (trigrams), same brand and shared tags.
 */
export async function similar(productId: number, limit: number): Promise<ProductCard[]> {
  const [me] = await db
    .select({ categoryId: products.categoryId, priceMin: products.priceMin })
    .from(products)
    .where(eq(products.id, productId));
  if (!me) return [];
  const { low, high } = priceBand(me.priceMin);
  const side = (op: SQL, order: SQL) => sql`(select p.id from products p
      where p.category_id = ${me.categoryId} and p.status = 'active' and p.id <> ${productId} and ${op}
      order by ${order} limit ${SIMILAR_PER_SIDE})`;
  return rankedCards(
    sql`select p.id, similarity(p.title, me.title)
        + case when p.brand_id = me.brand_id then 0.3 else 0 end
        + 0.1 * least(3, cardinality(array(select unnest(p.tags) intersect select unnest(me.tags)))) as score
      from (${side(sql`p.price_min between ${me.priceMin} and ${high}`, sql`p.price_min, p.id`)}
        union ${side(sql`p.price_min >= ${low} and p.price_min < ${me.priceMin}`, sql`p.price_min desc, p.id desc`)}) near
      join products p on p.id = near.id
      cross join (select title, brand_id, tags from products where id = ${productId}) me`,
    limit,
  );
}

/**
 * "Recommended for you": co-purchases of the shopper's products (cart, favourites, purchases, views,
 * weighted by `seedWeights`), then the best sellers of their categories; never what is in the cart or
 * was bought (unless consumable), nor what they viewed or favourited; filled up from best sellers.
 */
export async function forYou(signals: ShopperSignals, limit: number): Promise<ProductCard[]> {
  const seeds = seedWeights(signals);
  if (seeds.length === 0) return [];
  const excluded = excludedFor(signals);
  const ids = intArrayLiteral(seeds.map((s) => s.productId));
  const weights = `{${seeds.map((s) => s.weight).join(",")}}`;
  const found = await rankedCards(
    sql`with seed(id, weight) as (select * from unnest(${ids}::int[], ${weights}::float8[])),
      paired as (
        select pp.other_id as id, sum(seed.weight * (2 + ln(pp.orders))) as score
        from seed cross join lateral (
          select other_id, orders from product_pairs where product_id = seed.id
          order by orders desc nulls last, other_id limit 20
        ) pp group by pp.other_id
      ),
      cats as (
        select p.category_id, sum(seed.weight) as weight from seed join products p on p.id = seed.id
        group by p.category_id order by 2 desc limit 5
      ),
      popular as (
        select q.id, 0.25 * cats.weight / q.rank as score
        from cats cross join lateral (
          select p.id, row_number() over (order by p.sales_count desc nulls last, p.id) as rank from products p
          where p.category_id = cats.category_id and p.status = 'active' order by p.sales_count desc nulls last, p.id limit 20
        ) q
      )
      select id, sum(score) as score from (select id, score from paired union all select id, score from popular) x
      where id <> all(${intArrayLiteral(excluded)}::int[])
      group by id`,
    limit,
  );
  const fallback = await bestSellers(null, fallbackSize(found.length, limit, excluded.size));
  return fillUp([found, ...fallback], excluded, limit);
}
