import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { banners, variants } from "@/db/schema";
import { PRODUCTS } from "@/db/seed/catalog-data";
import { descendantIds, findCategory } from "./category-tree";
import { getFacets, listProducts } from "./listing";
import { parseListingParams, type RawSearchParams } from "./listing-params";
import { getCategoryTree, getProductBySlug, listActiveBanners, listHotSellers, listNewArrivals } from "./queries";
import { suggest } from "./suggest";

const params = (raw: RawSearchParams = {}, defaultSort: "popular" | "relevance" = "popular") =>
  parseListingParams(raw, { currency: "USD", defaultSort }).params;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return (await db.execute(query)) as unknown as T[];
}

/** The first column of the first row, e.g. a count. */
async function scalar(query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await rows<Record<string, number>>(query);
  return Object.values(row ?? {})[0] ?? Number.NaN;
}

describe("catalog queries (real PostgreSQL)", () => {
  it("has the demo shop: 8 top-level categories with subcategories", async () => {
    const tree = await getCategoryTree();
    expect(tree).toHaveLength(8);
    for (const c of tree) expect(c.children.length).toBeGreaterThanOrEqual(2);
  });

  it("lists a top-level category with its subcategories' products and the right total", async () => {
    const tree = await getCategoryTree();
    const top = tree[0]!;
    const ids = descendantIds(top);
    const n = await scalar(sql`select count(*)::int as n from products where status = 'active' and category_id in ${ids}`);
    const listing = await listProducts({ categoryIds: ids }, params());
    expect(listing.total).toBe(n);
    expect(listing.items.length).toBe(Math.min(n, 24));
    expect(n).toBeGreaterThan(0);
  });

  it("sorts by price both ways and by popularity", async () => {
    const asc = (await listProducts({}, params({ sort: "price-asc" }))).items.map((p) => p.price.amount);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await listProducts({}, params({ sort: "price-desc" }))).items.map((p) => p.price.amount);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(desc[0]).toBeGreaterThan(asc[0]!);
  });

  it("pages through results without repeating a product", async () => {
    const first = await listProducts({}, params({ page: "1" }));
    const second = await listProducts({}, params({ page: "2" }));
    expect(second.page).toBe(2);
    const overlap = first.items.filter((a) => second.items.some((b) => b.id === a.id));
    expect(overlap).toEqual([]);
    const beyond = await listProducts({}, params({ page: "500" }));
    expect(beyond.page).toBe(beyond.pageCount);
  });

  it("filters by price range, stock, brand and option value", async () => {
    const priced = await listProducts({}, params({ min: "20", max: "40" }));
    expect(priced.total).toBeGreaterThan(0);
    for (const p of priced.items) expect(p.price.amount).toBeLessThanOrEqual(4000);

    const inStock = await listProducts({}, params({ instock: "1" }));
    const all = await listProducts({}, params());
    expect(inStock.items.every((p) => p.inStock)).toBe(true);
    expect(inStock.total).toBeLessThan(all.total);

    const brand = PRODUCTS[0]!.brand;
    const byBrand = await listProducts({}, params({ brand }));
    const n = await scalar(
      sql`select count(*)::int as n from products p join brands b on b.id = p.brand_id where p.status = 'active' and b.slug = ${brand}`,
    );
    expect(byBrand.total).toBe(n);

    const black = await listProducts({}, params({ "opt.Color": "Black" }));
    expect(black.total).toBeGreaterThan(0);
    const ids = black.items.map((p) => p.id);
    const withBlack = await scalar(
      sql`select count(distinct product_id)::int as "withBlack" from variants where product_id in ${ids} and option_values->>'Color' = 'Black'`,
    );
    expect(withBlack).toBe(ids.length);
  });

  it("counts brands and option values for the filter panel", async () => {
    const tree = await getCategoryTree();
    const scope = { categoryIds: descendantIds(tree[0]!) };
    const facets = await getFacets(scope);
    const listing = await listProducts(scope, params());
    const branded = facets.brands.reduce((s, b) => s + b.count, 0);
    expect(branded).toBeLessThanOrEqual(listing.total);
    expect(branded).toBeGreaterThan(0);
  });

  it("never shows drafts: not listed, not searchable, no product page", async () => {
    const [draft] = await rows<{ slug: string; title: string }>(sql`select slug, title from products where status = 'draft' limit 1`);
    expect(draft).toBeDefined();
    expect(await getProductBySlug(draft!.slug, await getCategoryTree())).toBeNull();
    const found = await listProducts({ q: draft!.title }, params({}, "relevance"));
    expect(found.items.some((p) => p.slug === draft!.slug)).toBe(false);
  });

  it("loads a product page: variants, pictures, breadcrumbs, price range", async () => {
    const sample = PRODUCTS.find((p) => p.options.length === 2)!;
    const tree = await getCategoryTree();
    const product = await getProductBySlug(sample.slug, tree);
    expect(product).not.toBeNull();
    expect(product!.title).toBe(sample.title);
    const combos = sample.options.reduce((n, o) => n * o.values.length, 1);
    expect(product!.variants).toHaveLength(combos);
    expect(product!.images.length).toBeGreaterThanOrEqual(3);
    expect(product!.breadcrumbs.at(-1)!.slug).toBe(sample.category);
    expect(product!.price.min.amount).toBe(Math.min(...product!.variants.map((v) => v.price.amount)));
    expect(new Set(product!.variants.map((v) => v.sku)).size).toBe(combos);
    expect(findCategory(tree, sample.category)).not.toBeNull();
  });

  it("has hot sellers and new arrivals for the home page", async () => {
    const hot = await listHotSellers(8);
    const fresh = await listNewArrivals(8);
    expect(hot).toHaveLength(8);
    expect(fresh).toHaveLength(8);
  });

  it("shows banners only inside their schedule", async () => {
    const before = await listActiveBanners();
    expect(before.length).toBeGreaterThan(0);
    const future = new Date(Date.now() + 86_400_000);
    const [row] = await db
      .insert(banners)
      .values({ title: "Future sale", imageUrl: "/x.svg", linkUrl: "/", startsAt: future })
      .returning({ id: banners.id });
    try {
      expect((await listActiveBanners()).some((b) => b.id === row!.id)).toBe(false);
      expect((await listActiveBanners(new Date(future.getTime() + 1000))).some((b) => b.id === row!.id)).toBe(true);
    } finally {
      await db.execute(sql`delete from banners where id = ${row!.id}`);
    }
  });
});

describe("product summary trigger (real PostgreSQL)", () => {
  it("keeps price range, stock and option tags in step with the variants", async () => {
    const sample = PRODUCTS.find((p) => p.options.some((o) => o.name === "Color"))!;
    const tree = await getCategoryTree();
    const before = (await getProductBySlug(sample.slug, tree))!;
    const ids = before.variants.map((v) => v.id);
    const saved = before.variants.map((v) => ({ id: v.id, stock: v.stock, price: v.price.amount }));
    try {
      await db.update(variants).set({ stock: 0 }).where(inArray(variants.id, ids));
      expect((await getProductBySlug(sample.slug, tree))!.inStock).toBe(false);
      expect((await listProducts({}, params({ instock: "1", q: sample.title }))).items.some((p) => p.slug === sample.slug)).toBe(false);

      await db.update(variants).set({ stock: 3, price: 1 }).where(eq(variants.id, ids[0]!));
      const after = (await getProductBySlug(sample.slug, tree))!;
      expect(after.inStock).toBe(true);
      expect(after.price.min.amount).toBe(1);

      const color = sample.options.find((o) => o.name === "Color")!.values[0]!;
      const tags = await scalar(
        sql`select count(*)::int from products where slug = ${sample.slug} and ${"Color:" + color} = any(option_tags)`,
      );
      expect(tags).toBe(1);
    } finally {
      for (const v of saved) await db.update(variants).set({ stock: v.stock, price: v.price }).where(eq(variants.id, v.id));
    }
    expect((await getProductBySlug(sample.slug, tree))!.price.min.amount).toBe(before.price.min.amount);
  });

  it("refuses negative stock and a compare-at price below the price", async () => {
    const [v] = await db.select({ id: variants.id, price: variants.price }).from(variants).limit(1);
    await expect(db.update(variants).set({ stock: -1 }).where(eq(variants.id, v!.id))).rejects.toThrow();
    await expect(db.update(variants).set({ compareAtPrice: v!.price }).where(eq(variants.id, v!.id))).rejects.toThrow();
  });
});

describe("search (real PostgreSQL)", () => {
  const search = (q: string, raw: RawSearchParams = {}) => listProducts({ q }, params({ ...raw, q }, "relevance"));

  it("ranks title matches first for an English word", async () => {
    const word = "wireless";
    const result = await search(word);
    expect(result.total).toBeGreaterThan(0);
    expect(result.items[0]!.title.toLowerCase()).toContain(word);
  });

  it("stems: plural and singular find the same products", async () => {
    const plural = await search("shirts");
    const singular = await search("shirt");
    expect(plural.total).toBeGreaterThan(0);
    expect(plural.items.map((p) => p.id)).toEqual(expect.arrayContaining(singular.items.slice(0, 3).map((p) => p.id)));
  });

  it("tolerates a typo, and says the results are close matches", async () => {
    const exact = await search("wireless");
    expect(exact.fuzzy).toBe(false);
    const typo = await search("wirless");
    expect(typo.fuzzy).toBe(true);
    expect(typo.items.map((p) => p.id)).toContain(exact.items[0]!.id);
  });

  it("finds Chinese titles by a two-character substring", async () => {
    const zh = PRODUCTS.find((p) => /\p{Script=Han}{3,}/u.test(p.title))!;
    const han = zh.title.match(/\p{Script=Han}+/u)![0];
    const term = han.slice(-2);
    const result = await search(term);
    expect(result.items.map((p) => p.slug)).toContain(zh.slug);
  });

  it("treats SQL and LIKE metacharacters as text", async () => {
    for (const q of ["\\", "' or 1=1 --", "(.*)", "); drop table products; --"]) {
      expect((await search(q)).total, q).toBe(0);
    }
    // Unescaped, "%" and "_" would match every product; escaped, only those containing them.
    const all = (await listProducts({}, params())).total;
    expect((await search("100%")).total).toBeLessThan(all / 2);
    for (const q of ["%", "_"]) {
      const result = await search(q);
      expect(result.total, q).toBeLessThan(all / 2);
      const ids = result.items.map((p) => p.id);
      if (!ids.length) continue;
      const containing = await scalar(
        sql`select count(*)::int from products where id in ${ids} and strpos(search_text || ' ' || lower(description), ${q}) > 0`,
      );
      expect(containing, q).toBe(ids.length);
    }
    expect(await scalar(sql`select count(*)::int as n from products`)).toBeGreaterThan(80);
  });

  it("combines a search with filters", async () => {
    const all = await search("wireless");
    const cheap = await search("wireless", { max: "60" });
    expect(cheap.total).toBeLessThanOrEqual(all.total);
    for (const p of cheap.items) expect(p.price.amount).toBeLessThanOrEqual(6000);
  });

  it("suggests products as the shopper types a prefix", async () => {
    const tree = await getCategoryTree();
    const target = PRODUCTS.find((p) => /^[A-Za-z]{5,}/.test(p.title))!;
    const prefix = target.title.slice(0, 5);
    const suggestions = await suggest(prefix, tree);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    const products = suggestions.filter((s) => s.kind === "product");
    expect(products[0]!.title.toLowerCase().startsWith(prefix.toLowerCase())).toBe(true);
  });

  it("shows each suggested product with its own picture", async () => {
    const tree = await getCategoryTree();
    const products = (await suggest("linen", tree)).filter((s) => s.kind === "product");
    expect(products.length).toBeGreaterThan(1);
    for (const s of products) expect(s.kind === "product" && s.imageUrl).toContain(`/media/seed/${s.slug}-`);
  });

  it("suggests a category by name", async () => {
    const tree = await getCategoryTree();
    const name = tree[1]!.name;
    const suggestions = await suggest(name.slice(0, 4).toLowerCase(), tree);
    expect(suggestions.some((s) => s.kind === "category" && s.title === name)).toBe(true);
  });
});
