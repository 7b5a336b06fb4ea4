import "server-only";
import { asc, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { db } from "@/db";
import { brands, categories, flashSales, memberTiers, orders, products, promotionRedemptions, promotions, variants } from "@/db/schema";
import type { PromotionRow } from "@/db/schema";
import { localizedColumn } from "@/lib/catalog/localize";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

export type PromotionView = PromotionRow & { productSlugs: string[] };

/** Coupons (promotions with a code), newest first. */
export async function listCoupons(): Promise<PromotionRow[]> {
  return db.select().from(promotions).where(isNotNull(promotions.code)).orderBy(desc(promotions.createdAt), desc(promotions.id));
}

/** Automatic promotions (no code), in the order they apply: priority, then age. */
export async function listAutomaticPromotions(): Promise<PromotionRow[]> {
  return db.select().from(promotions).where(isNull(promotions.code)).orderBy(desc(promotions.priority), asc(promotions.id));
}

/** One promotion with the slugs of the products it is limited to; null when absent. */
export async function getPromotion(id: number): Promise<PromotionView | null> {
  const [row] = await db.select().from(promotions).where(eq(promotions.id, id)).limit(1);
  if (!row) return null;
  const scoped = row.productIds.length
    ? await db.select({ slug: products.slug }).from(products).where(inArray(products.id, row.productIds)).orderBy(asc(products.slug))
    : [];
  return { ...row, productSlugs: scoped.map((p) => p.slug) };
}

export type Redemption = { orderNumber: string; email: string; amount: number; createdAt: Date; releasedAt: Date | null; currency: string };

/** A promotion's uses, newest first, with the order they belong to (released ones included, marked). */
export async function listRedemptions(promotionId: number, limit = 200): Promise<Redemption[]> {
  const rows = await db
    .select({
      orderNumber: orders.number,
      email: promotionRedemptions.email,
      amount: promotionRedemptions.amount,
      createdAt: promotionRedemptions.createdAt,
      releasedAt: promotionRedemptions.releasedAt,
      currency: orders.currency,
    })
    .from(promotionRedemptions)
    .innerJoin(orders, eq(orders.id, promotionRedemptions.orderId))
    .where(eq(promotionRedemptions.promotionId, promotionId))
    .orderBy(desc(promotionRedemptions.createdAt), desc(promotionRedemptions.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, currency: r.currency.trim() }));
}

export type FlashSaleView = {
  id: number;
  sku: string;
  productTitle: string;
  productSlug: string;
  price: number;
  currency: string;
  salePrice: number;
  soldCount: number;
  quantityCap: number;
  perCustomerLimit: number;
  startsAt: Date;
  endsAt: Date;
  pausedAt: Date | null;
};

/** Flash sales, latest end first, with their variant (its product's title in `locale`). */
export async function listFlashSales(locale: Locale = DEFAULT_LOCALE, limit = 200): Promise<FlashSaleView[]> {
  const rows = await db
    .select({
      id: flashSales.id,
      sku: variants.sku,
      productTitle: localizedColumn(products.title, products.translations, locale, "title"),
      productSlug: products.slug,
      price: variants.price,
      currency: variants.currency,
      salePrice: flashSales.salePrice,
      soldCount: flashSales.soldCount,
      quantityCap: flashSales.quantityCap,
      perCustomerLimit: flashSales.perCustomerLimit,
      startsAt: flashSales.startsAt,
      endsAt: flashSales.endsAt,
      pausedAt: flashSales.pausedAt,
    })
    .from(flashSales)
    .innerJoin(variants, eq(variants.id, flashSales.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .orderBy(desc(flashSales.endsAt), desc(flashSales.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, currency: r.currency.trim() }));
}

export type ScopeOptions = {
  categories: { id: number; name: string }[];
  brands: { id: number; name: string }[];
  tiers: { id: number; name: string }[];
};

/** What a promotion can be limited to: categories (with their parent's name), brands, member tiers. */
export async function listScopeOptions(): Promise<ScopeOptions> {
  const [cats, brandRows, tiers] = await Promise.all([
    db.select({ id: categories.id, name: categories.name, parentId: categories.parentId }).from(categories).orderBy(asc(categories.name)),
    db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(brands.name)),
    db.select({ id: memberTiers.id, name: memberTiers.name }).from(memberTiers).orderBy(asc(memberTiers.minSpend)),
  ]);
  const nameOf = new Map(cats.map((c) => [c.id, c.name]));
  return {
    categories: cats
      .map((c) => ({ id: c.id, name: c.parentId && nameOf.has(c.parentId) ? `${nameOf.get(c.parentId)} › ${c.name}` : c.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    brands: brandRows,
    tiers,
  };
}
