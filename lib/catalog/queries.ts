import "server-only";
import { and, asc, eq, gt, isNull, lte, or, type SQL } from "drizzle-orm";
import { readDb } from "@/db";
import { banners, brands, categories, products } from "@/db/schema";
import { preorderRoom } from "@/lib/preorders/rules";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getStoreSettings } from "@/lib/settings/queries";
import { cardColumns, toCard } from "./cards";
import { buildCategoryTree, categoryPath } from "./category-tree";
import { listingOrder } from "./listing-order";
import { localizedText, translation } from "./localize";
import type { Banner, CategoryNode, ProductCard, ProductDetail } from "./types";

/** The category tree with names and descriptions in `locale` (falling back to the default language's). */
export async function getCategoryTree(locale: Locale = DEFAULT_LOCALE): Promise<CategoryNode[]> {
  const rows = await readDb
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      imageUrl: categories.imageUrl,
      translations: categories.translations,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
  return buildCategoryTree(
    rows.map(({ translations, ...c }) => ({
      ...c,
      name: localizedText(c.name, translations, locale, "name"),
      description: localizedText(c.description, translations, locale, "description"),
    })),
  );
}

/**
 * An active product with its variants and pictures, or null (drafts and archived ones too); its
 * texts in `locale` (pass the tree of the same locale), each falling back to the default language's.
 */
export async function getProductBySlug(slug: string, tree: CategoryNode[], locale: Locale = DEFAULT_LOCALE): Promise<ProductDetail | null> {
  const row = await readDb.query.products.findFirst({
    where: and(eq(products.slug, slug), eq(products.status, "active")),
    with: {
      brand: true,
      category: true,
      variants: { orderBy: (v, { asc }) => [asc(v.position), asc(v.id)] },
      images: { orderBy: (i, { asc }) => [asc(i.position), asc(i.id)] },
    },
  });
  if (!row) return null;
  const { lowStockThreshold } = await getStoreSettings();
  const money = (amount: number) => ({ amount, currency: row.currency });
  const optionNames = translation(row.translations, locale, "optionNames") ?? {};
  return {
    id: row.id,
    slug: row.slug,
    title: localizedText(row.title, row.translations, locale, "title"),
    description: localizedText(row.description, row.translations, locale, "description"),
    brand: row.brand ? { slug: row.brand.slug, name: localizedText(row.brand.name, row.brand.translations, locale, "name") } : null,
    categoryId: row.categoryId,
    category: { slug: row.category.slug, name: localizedText(row.category.name, row.category.translations, locale, "name") },
    breadcrumbs: categoryPath(tree, row.categoryId),
    // `name` keys the variants' option values; `label` is what the shopper reads.
    options: row.options.map((o) => ({ ...o, label: optionNames[o.name]?.trim() || o.name })),
    specs: translation(row.translations, locale, "specs") ?? row.specs,
    tags: row.tags,
    images: row.images.map((i) => ({ url: i.url, alt: i.alt, width: i.width, height: i.height, variantId: i.variantId })),
    variants: row.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      optionValues: v.optionValues,
      price: money(v.price),
      compareAt: v.compareAtPrice === null ? null : money(v.compareAtPrice),
      stock: v.stock,
      lowStock: v.stock > 0 && v.stock <= (v.lowStockThreshold ?? lowStockThreshold),
      preorder: v.preorderShipsOn && preorderRoom(v) > 0 ? { shipsOn: v.preorderShipsOn, left: preorderRoom(v) } : null,
    })),
    price: { min: money(row.priceMin), max: money(row.priceMax) },
    inStock: row.inStock,
    rating: { average: Number(row.ratingAvg), count: row.ratingCount },
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function listActiveCards(order: SQL[], limit: number): Promise<ProductCard[]> {
  const rows = await readDb
    .select(cardColumns)
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(eq(products.status, "active"))
    .orderBy(...order)
    .limit(limit);
  return rows.map(toCard);
}

export function listHotSellers(limit = 8): Promise<ProductCard[]> {
  return listActiveCards(listingOrder("popular"), limit);
}

export function listNewArrivals(limit = 8): Promise<ProductCard[]> {
  return listActiveCards(listingOrder("newest"), limit);
}

/** Banners switched on and inside their schedule at `now`, their texts in `locale`. */
export async function listActiveBanners(now = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<Banner[]> {
  const rows = await readDb
    .select({
      id: banners.id,
      title: banners.title,
      subtitle: banners.subtitle,
      imageUrl: banners.imageUrl,
      linkUrl: banners.linkUrl,
      translations: banners.translations,
    })
    .from(banners)
    .where(
      and(
        eq(banners.active, true),
        or(isNull(banners.startsAt), lte(banners.startsAt, now)),
        or(isNull(banners.endsAt), gt(banners.endsAt, now)),
      ),
    )
    .orderBy(asc(banners.position), asc(banners.id));
  return rows.map(({ translations, ...b }) => ({
    ...b,
    title: localizedText(b.title, translations, locale, "title"),
    subtitle: localizedText(b.subtitle, translations, locale, "subtitle"),
  }));
}
