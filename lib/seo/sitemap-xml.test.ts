import { describe, expect, it } from "vitest";
import { parseSitemap } from "./sitemap-check";
import {
  absoluteUrl,
  escapeXml,
  MAX_URLS_PER_SITEMAP,
  parseSitemapName,
  productPageSize,
  productSitemapName,
  sitemapIndexXml,
  urlsetXml,
  w3cDate,
} from "./sitemap-xml";

const site = "https://shop.example.com";

describe("sitemap XML", () => {
  it("writes a urlset in the sitemaps.org namespace with absolute, escaped locations and W3C dates", () => {
    const xml = urlsetXml([
      { loc: absoluteUrl("/p/mug", site), lastmod: new Date("2026-12-01T10:00:00.123Z") },
      { loc: absoluteUrl("/rankings?category=a&b", site) },
      { loc: absoluteUrl("/p/茶杯", site) },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://shop.example.com/rankings?category=a&amp;b</loc>");
    const parsed = parseSitemap(xml);
    expect(parsed.root).toBe("urlset");
    expect(parsed.entries).toEqual([
      { loc: "https://shop.example.com/p/mug", lastmod: "2026-12-01T10:00:00Z" },
      { loc: "https://shop.example.com/rankings?category=a&b", lastmod: null },
      { loc: "https://shop.example.com/p/%E8%8C%B6%E6%9D%AF", lastmod: null },
    ]);
  });

  it("writes a sitemap index", () => {
    const xml = sitemapIndexXml([{ loc: `${site}/sitemaps/products-1.xml`, lastmod: new Date("2026-01-02T03:04:05Z") }]);
    expect(parseSitemap(xml)).toEqual({
      root: "sitemapindex",
      entries: [{ loc: `${site}/sitemaps/products-1.xml`, lastmod: "2026-01-02T03:04:05Z" }],
    });
  });

  it("an empty sitemap is still valid", () => {
    expect(parseSitemap(urlsetXml([])).entries).toEqual([]);
  });

  it("refuses relative locations and more than 50,000 entries", () => {
    expect(() => urlsetXml([{ loc: "/p/mug" }])).toThrow(/absolute/);
    const many = Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, (_, i) => ({ loc: `${site}/p/${i}` }));
    expect(() => urlsetXml(many)).toThrow(/at most 50000/);
    expect(parseSitemap(urlsetXml(many.slice(1))).entries).toHaveLength(MAX_URLS_PER_SITEMAP);
  });

  it("the checker rejects what the schema does not allow", () => {
    const ok = urlsetXml([{ loc: `${site}/p/a` }]);
    expect(() => parseSitemap(ok.replace("0.9", "0.8"))).toThrow(/namespace/);
    expect(() => parseSitemap(ok.replace("/p/a", "/p/a&b"))).toThrow(/Unescaped/);
    expect(() => parseSitemap(ok.replace(`${site}/p/a`, "/p/a"))).toThrow(/absolute/);
    expect(() => parseSitemap(ok.replace("</url>", "<lastmod>yesterday</lastmod></url>"))).toThrow();
    expect(() => parseSitemap(ok.replace("</loc>", "</loc><lastmod>2026-13</lastmod>"))).toThrow(/W3C/);
    expect(() => parseSitemap(ok.replace("<url>", "<url><priority>1</priority>"))).toThrow(/Unexpected/);
  });

  it("escapes the five XML entities and dates to the second", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect(w3cDate(new Date("2026-12-02T11:35:21.999Z"))).toBe("2026-12-02T11:35:21Z");
  });
});

describe("sitemap files", () => {
  it("pages products by 50,000 unless a smaller size is asked for", () => {
    expect(productPageSize()).toBe(50_000);
    expect(productPageSize(2)).toBe(2);
    expect(productPageSize(0)).toBe(50_000);
    expect(productPageSize(60_000)).toBe(50_000);
  });

  it("names product files by their first id and reads only known names", () => {
    expect(productSitemapName(101)).toBe("products-101.xml");
    expect(parseSitemapName("products-101.xml")).toEqual({ kind: "products", fromId: 101 });
    expect(parseSitemapName("categories.xml")).toEqual({ kind: "categories" });
    expect(parseSitemapName("pages.xml")).toEqual({ kind: "pages" });
    for (const bad of ["products-0.xml", "products-x.xml", "products-99999999999.xml", "other.xml", "products-1.xml.gz"]) {
      expect(parseSitemapName(bad)).toBeNull();
    }
  });
});
