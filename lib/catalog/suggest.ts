import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { products } from "@/db/schema";
import { flattenTree } from "./category-tree";
import { searchMatch } from "./listing";
import { escapeLike } from "./search-text";
import type { CategoryNode, Suggestion } from "./types";

/** Up to `limit` products and 2 categories for the header's search-as-you-type. */
export async function suggest(q: string, tree: CategoryNode[], limit = 6): Promise<Suggestion[]> {
  const lower = q.toLowerCase();
  const prefix = `${escapeLike(lower)}%`;
  const rows = await db
    .select({
      slug: products.slug,
      title: products.title,
      price: products.priceMin,
      currency: products.currency,
      imageUrl: sql<string | null>`(select i.url from product_images i where i.product_id = ${products.id} order by i.position limit 1)`,
    })
    .from(products)
    .where(and(eq(products.status, "active"), searchMatch(q)))
    .orderBy(
      desc(sql`lower(${products.title}) like ${prefix}`),
      desc(sql`word_similarity(${lower}, ${products.searchText})`),
      desc(products.salesCount),
    )
    .limit(limit);

  const categories: Suggestion[] = flattenTree(tree)
    .filter((c) => c.name.toLowerCase().includes(lower))
    .slice(0, 2)
    .map((c) => ({ kind: "category", slug: c.slug, title: c.name, url: `/c/${c.slug}` }));

  return [
    ...categories,
    ...rows.map(
      (r): Suggestion => ({
        kind: "product",
        slug: r.slug,
        title: r.title,
        url: `/p/${r.slug}`,
        price: { amount: r.price, currency: r.currency },
        imageUrl: r.imageUrl,
      }),
    ),
  ];
}
