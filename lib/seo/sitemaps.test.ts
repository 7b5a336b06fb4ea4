import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { products } from "@/db/schema";
import { createRankingCategory, createRankingProduct } from "@/lib/rankings/testing";
import { listProductSitemapPages } from "./queries";
import { parseSitemap } from "./sitemap-check";
import { parseSitemapName } from "./sitemap-xml";
import { categorySitemap, pagesSitemap, productSitemap, sitemapIndex } from "./sitemaps";

const site = "https://shop.example.com";

describe("sitemaps on a seeded database", () => {
  it("page active products by keyset into files of the page size, each listed in the index with its newest lastmod", async () => {
    const category = await createRankingCategory();
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push(await createRankingProduct(category.id));
    const hidden = await createRankingProduct(category.id, { status: "draft" });
    const stamp = new Date("2026-06-01T08:00:00Z");
    await db.update(products).set({ updatedAt: stamp }).where(eq(products.id, mine[0]!.id));

    const size = 2;
    const index = parseSitemap(await sitemapIndex(site, size));
    expect(index.root).toBe("sitemapindex");
    const productFiles = index.entries.filter((e) => e.loc.includes("/sitemaps/products-"));
    expect(productFiles.length).toBeGreaterThanOrEqual(3);
    expect(index.entries.map((e) => e.loc)).toEqual(
      expect.arrayContaining([`${site}/sitemaps/pages.xml`, `${site}/sitemaps/categories.xml`]),
    );

    const seen = new Map<string, string | null>();
    let total = 0;
    for (const file of productFiles) {
      const name = parseSitemapName(file.loc.slice(`${site}/sitemaps/`.length));
      expect(name?.kind).toBe("products");
      const urls = parseSitemap(await productSitemap(site, (name as { fromId: number }).fromId, size));
      expect(urls.root).toBe("urlset");
      expect(urls.entries.length).toBeGreaterThan(0);
      expect(urls.entries.length).toBeLessThanOrEqual(size);
      // The file's lastmod in the index is its newest product's.
      expect(file.lastmod).toBe(
        urls.entries
          .map((e) => e.lastmod!)
          .sort()
          .at(-1),
      );
      for (const e of urls.entries) {
        expect(seen.has(e.loc)).toBe(false);
        seen.set(e.loc, e.lastmod);
      }
      total += urls.entries.length;
    }
    // Products made by other tests meanwhile may shift the pages; ours are all there once, the draft is not.
    for (const p of mine) expect(seen.has(`${site}/p/${p.slug}`)).toBe(true);
    expect(seen.get(`${site}/p/${mine[0]!.slug}`)).toBe("2026-06-01T08:00:00Z");
    expect(seen.has(`${site}/p/${hidden.slug}`)).toBe(false);
    expect(total).toBeGreaterThanOrEqual(mine.length);

    const pages = await listProductSitemapPages(size);
    expect(pages.every((p) => p.count <= size)).toBe(true);
    expect(pages.map((p) => p.fromId)).toEqual([...pages.map((p) => p.fromId)].sort((a, b) => a - b));
  });

  it("lists categories with their rankings, and the store's pages", async () => {
    const category = await createRankingCategory();
    const cats = parseSitemap(await categorySitemap(site)).entries.map((e) => e.loc);
    expect(cats).toContain(`${site}/c/${category.slug}`);
    expect(cats).toContain(`${site}/rankings?category=${category.slug}`);
    const pages = parseSitemap(await pagesSitemap(site)).entries.map((e) => e.loc);
    expect(pages).toEqual(expect.arrayContaining([`${site}/`, `${site}/rankings`, `${site}/pages/about`, `${site}/pages/privacy`]));
  });

  it("the real page size keeps a whole catalog in files of at most 50,000", async () => {
    const index = parseSitemap(await sitemapIndex(site));
    expect(index.entries.length).toBeGreaterThanOrEqual(3);
  });
});
