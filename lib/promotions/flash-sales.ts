import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, lte, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { flashSales, products, variants } from "@/db/schema";
import { variantTitle } from "@/lib/catalog/variant-title";
import type { Money } from "@/lib/money";

/** How far ahead /deals and the product page announce an upcoming sale. */
export const UPCOMING_DAYS = 7;

/** A flash sale running now, as the pricing context needs it (lib/pricing/context.ts maps variantId to the line key). */
export type RunningFlashSale = {
  id: number;
  variantId: number;
  salePrice: number;
  /** quantityCap - soldCount, > 0 */
  remaining: number;
  perCustomerLimit: number;
  startsAt: Date;
  endsAt: Date;
};

/** A flash sale as a shopper sees it. Dates are ISO strings (cache-safe). */
export type FlashSaleView = {
  id: number;
  productId: number;
  productSlug: string;
  productTitle: string;
  image: { url: string; alt: string; width: number; height: number } | null;
  variantId: number;
  /** "M / Black"; "" for a product without options */
  variantTitle: string;
  price: Money;
  salePrice: Money;
  quantityCap: number;
  /** quantityCap - soldCount: 0 when sold out */
  remaining: number;
  perCustomerLimit: number;
  startsAt: string;
  endsAt: string;
};

export type Deals = { running: FlashSaleView[]; upcoming: FlashSaleView[] };

const upcomingUntil = (now: Date) => new Date(now.getTime() + UPCOMING_DAYS * 86_400_000);

/**
 * Sales of running now: started, not ended, not paused, with units left.
 * Reads with `conn`, so the checkout can read them inside the order's transaction.
 */
export async function getRunningFlashSales(conn: DbOrTx, variantIds: number[], now: Date): Promise<RunningFlashSale[]> {
  if (variantIds.length === 0) return [];
  const rows = await conn
    .select({
      id: flashSales.id,
      variantId: flashSales.variantId,
      salePrice: flashSales.salePrice,
      remaining: sql<number>`(${flashSales.quantityCap} - ${flashSales.soldCount})::int`,
      perCustomerLimit: flashSales.perCustomerLimit,
      startsAt: flashSales.startsAt,
      endsAt: flashSales.endsAt,
    })
    .from(flashSales)
    .where(
      and(
        inArray(flashSales.variantId, variantIds),
        lte(flashSales.startsAt, now),
        gt(flashSales.endsAt, now),
        isNull(flashSales.pausedAt),
        lt(flashSales.soldCount, flashSales.quantityCap),
      ),
    )
    .orderBy(asc(flashSales.endsAt), asc(flashSales.id));
  return rows;
}

/** Sales that have not ended and start within UPCOMING_DAYS of `now`, on active products; paused ones left out. */
async function listViews(now: Date, productId?: number): Promise<FlashSaleView[]> {
  const rows = await db
    .select({
      id: flashSales.id,
      productId: products.id,
      productSlug: products.slug,
      productTitle: products.title,
      options: products.options,
      // the variant's own picture first, then the product's
      image: sql<FlashSaleView["image"]>`(
        select json_build_object('url', i.url, 'alt', i.alt, 'width', i.width, 'height', i.height)
        from product_images i where i.product_id = ${products.id}
        order by case when i.variant_id = ${variants.id} then 0 when i.variant_id is null then 1 else 2 end, i.position, i.id limit 1)`,
      variantId: variants.id,
      optionValues: variants.optionValues,
      price: variants.price,
      currency: variants.currency,
      salePrice: flashSales.salePrice,
      quantityCap: flashSales.quantityCap,
      soldCount: flashSales.soldCount,
      perCustomerLimit: flashSales.perCustomerLimit,
      startsAt: flashSales.startsAt,
      endsAt: flashSales.endsAt,
    })
    .from(flashSales)
    .innerJoin(variants, eq(variants.id, flashSales.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(
        gt(flashSales.endsAt, now),
        lt(flashSales.startsAt, upcomingUntil(now)),
        isNull(flashSales.pausedAt),
        eq(products.status, "active"),
        productId === undefined ? undefined : eq(products.id, productId),
      ),
    )
    .orderBy(asc(flashSales.startsAt), asc(flashSales.endsAt), asc(flashSales.id));
  return rows.map((r) => ({
    id: r.id,
    productId: r.productId,
    productSlug: r.productSlug,
    productTitle: r.productTitle,
    image: r.image,
    variantId: r.variantId,
    variantTitle: variantTitle(r.options, r.optionValues),
    price: { amount: r.price, currency: r.currency },
    salePrice: { amount: r.salePrice, currency: r.currency },
    quantityCap: r.quantityCap,
    remaining: Math.max(0, r.quantityCap - r.soldCount),
    perCustomerLimit: r.perCustomerLimit,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
  }));
}

/** Whether a sale runs at `now` (sold out or not). */
export const isRunning = (sale: Pick<FlashSaleView, "startsAt" | "endsAt">, now: Date) =>
  Date.parse(sale.startsAt) <= now.getTime() && now.getTime() < Date.parse(sale.endsAt);

/**
 * Split into running (ending soonest first; sold-out ones last) and upcoming
 * (starting soonest first). Pure: the product page applies it to cached rows.
 */
export function splitDeals(sales: FlashSaleView[], now: Date): Deals {
  const running = sales
    .filter((s) => isRunning(s, now))
    .sort((a, b) => Number(a.remaining === 0) - Number(b.remaining === 0) || a.endsAt.localeCompare(b.endsAt) || a.id - b.id);
  const upcoming = sales.filter((s) => Date.parse(s.startsAt) > now.getTime());
  return { running, upcoming };
}

/** /deals: the sales running at `now` and those starting in the next UPCOMING_DAYS days. */
export async function listDeals(now: Date): Promise<Deals> {
  return splitDeals(await listViews(now), now);
}

/**
 * A product's sales that have not ended at `now` (running or starting within
 * UPCOMING_DAYS), for the product page, which caches them and splits them with
 * `splitDeals` when it renders.
 */
export async function getProductFlashSales(productId: number, now = new Date()): Promise<FlashSaleView[]> {
  return listViews(now, productId);
}

/**
 * The next moment at which one of these sales starts or ends after `now`, or
 * null: when the product page must be rendered again to show the change.
 */
export function nextFlashSaleChange(sales: Pick<FlashSaleView, "startsAt" | "endsAt">[], now: Date): Date | null {
  const times = sales.flatMap((s) => [Date.parse(s.startsAt), Date.parse(s.endsAt)]).filter((t) => t > now.getTime());
  return times.length ? new Date(Math.min(...times)) : null;
}
