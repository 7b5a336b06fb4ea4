import "server-only";
import { eq, inArray } from "drizzle-orm";
import { readDb } from "@/db";
import { brands, products } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { localizedText } from "./localize";
import type { ProductCard } from "./types";

/**
 * Cards with their title and brand in `locale` (falling back to the default
 * language's), read in one query by id after any listing, ranking or
 * recommendation query: those stay as they are, whatever their order.
 */
export async function localizeCards<C extends Pick<ProductCard, "id" | "title" | "brand">>(cards: C[], locale: Locale): Promise<C[]> {
  if (locale === DEFAULT_LOCALE || cards.length === 0) return cards;
  const rows = await readDb
    .select({ id: products.id, translations: products.translations, brandTranslations: brands.translations })
    .from(products)
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(
      inArray(
        products.id,
        cards.map((c) => c.id),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return cards.map((card) => {
    const row = byId.get(card.id);
    if (!row) return card;
    return {
      ...card,
      title: localizedText(card.title, row.translations, locale, "title"),
      brand: card.brand === null ? null : localizedText(card.brand, row.brandTranslations, locale, "name"),
    };
  });
}

/** Brand facets ({ slug, name }) named in `locale`. */
export async function localizeBrands<B extends { slug: string; name: string }>(list: B[], locale: Locale): Promise<B[]> {
  if (locale === DEFAULT_LOCALE || list.length === 0) return list;
  const rows = await readDb
    .select({ slug: brands.slug, translations: brands.translations })
    .from(brands)
    .where(
      inArray(
        brands.slug,
        list.map((b) => b.slug),
      ),
    );
  const bySlug = new Map(rows.map((r) => [r.slug, r.translations]));
  return list.map((b) => ({ ...b, name: localizedText(b.name, bySlug.get(b.slug), locale, "name") }));
}
