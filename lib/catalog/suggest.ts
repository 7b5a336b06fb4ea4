import "server-only";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { readDb } from "@/db";
import { products } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { containsPattern, escapeLike } from "@/lib/text";
import { productId } from "./cards";
import { flattenTree } from "./category-tree";
import { localizedColumn } from "./localize";
import { prefixTsQuery } from "./search-text";
import type { CategoryNode, Suggestion } from "./types";

const HAN = /\p{Script=Han}/u;

async function productRows(match: SQL, q: string, limit: number, locale: Locale) {
  const prefix = `${escapeLike(q.toLowerCase())}%`;
  return readDb
    .select({
      slug: products.slug,
      title: localizedColumn(products.title, products.translations, locale, "title"),
      price: products.priceMin,
      currency: products.currency,
      imageUrl: sql<string | null>`(select i.url from product_images i where i.product_id = ${productId} order by i.position limit 1)`,
    })
    .from(products)
    .where(and(eq(products.status, "active"), match))
    .orderBy(desc(sql`lower(${products.title}) like ${prefix}`), desc(products.salesCount), desc(products.id))
    .limit(limit);
}

/**
 * Up to `limit` products and 2 categories for the header's search-as-you-type:
 * words starting with what was typed (or the text anywhere, for Chinese),
 * then, when that finds too little, typo-tolerant matches. Products match by
 * their words in any language; titles (and the tree's names) are in `locale`.
 */
export async function suggest(q: string, tree: CategoryNode[], limit = 6, locale: Locale = DEFAULT_LOCALE): Promise<Suggestion[]> {
  const lower = q.toLowerCase();
  const tsq = prefixTsQuery(q);
  const exact = HAN.test(q)
    ? sql`${products.searchText} like ${containsPattern(lower)}`
    : tsq
      ? sql`${products.searchWords} @@ to_tsquery('simple', ${tsq})`
      : null;
  let rows = exact ? await productRows(exact, q, limit, locale) : [];
  if (rows.length < limit && q.length >= 4) {
    const seen = new Set(rows.map((r) => r.slug));
    const fuzzy = await productRows(sql`${lower} <% ${products.searchText}`, q, limit, locale);
    rows = [...rows, ...fuzzy.filter((r) => !seen.has(r.slug))].slice(0, limit);
  }

  const categories: Suggestion[] = flattenTree(tree)
    .filter((c) => c.name.toLowerCase().includes(lower))
    .slice(0, 2)
    .map((c) => ({ kind: "category", slug: c.slug, title: c.name, url: `/c/${c.slug}` }));

  return [
    ...categories,
    ...rows.map((r): Suggestion => ({
      kind: "product",
      slug: r.slug,
      title: r.title,
      url: `/p/${r.slug}`,
      price: { amount: r.price, currency: r.currency },
      imageUrl: r.imageUrl,
    })),
  ];
}
