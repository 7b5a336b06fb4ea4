/**
 * Sitemap XML (sitemaps.org 0.9): a sitemap index pointing to paged sitemaps,
 * each of at most 50,000 URLs. Pure: no I/O.
 */
export const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** The protocol's limit of URLs in one sitemap file (and of sitemaps in one index). */
export const MAX_URLS_PER_SITEMAP = 50_000;

export type SitemapEntry = { loc: string; lastmod?: Date | null };

/** Text for XML: the five entities escaped, as the protocol asks of every URL. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** W3C datetime in UTC, to the second: 2026-12-02T11:35:21Z. */
export function w3cDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An absolute URL for a path on the site (the path's own characters percent-encoded as URL does). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}

function entries(tag: "url" | "sitemap", list: SitemapEntry[]): string {
  return list
    .map((e) => `<${tag}><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${w3cDate(e.lastmod)}</lastmod>` : ""}</${tag}>`)
    .join("\n");
}

function document(root: "urlset" | "sitemapindex", tag: "url" | "sitemap", list: SitemapEntry[]): string {
  if (list.length > MAX_URLS_PER_SITEMAP) throw new Error(`A sitemap holds at most ${MAX_URLS_PER_SITEMAP} entries, not ${list.length}.`);
  for (const e of list) if (!/^https?:\/\//.test(e.loc)) throw new Error(`Sitemap URLs must be absolute: ${e.loc}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${SITEMAP_NS}">\n${entries(tag, list)}${list.length ? "\n" : ""}</${root}>\n`;
}

/** A <urlset> of page URLs. */
export function urlsetXml(urls: SitemapEntry[]): string {
  return document("urlset", "url", urls);
}

/** A <sitemapindex> of sitemap files. */
export function sitemapIndexXml(sitemaps: SitemapEntry[]): string {
  return document("sitemapindex", "sitemap", sitemaps);
}

/** The response headers of a sitemap file: XML, kept by caches for an hour. */
export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=3600",
};

/** The page size for product sitemaps: the protocol's limit unless a smaller one is asked for (tests). */
export function productPageSize(requested?: number): number {
  if (requested === undefined || !Number.isInteger(requested) || requested < 1) return MAX_URLS_PER_SITEMAP;
  return Math.min(requested, MAX_URLS_PER_SITEMAP);
}

/** A product sitemap's file name: keyed by the first product id it holds (keyset paging). */
export function productSitemapName(fromId: number): string {
  return `products-${fromId}.xml`;
}

/** The named sitemap files: "categories.xml", "pages.xml" or "products-<fromId>.xml"; null for any other name. */
export function parseSitemapName(name: string): { kind: "categories" } | { kind: "pages" } | { kind: "products"; fromId: number } | null {
  if (name === "categories.xml") return { kind: "categories" };
  if (name === "pages.xml") return { kind: "pages" };
  const m = /^products-(\d{1,10})\.xml$/.exec(name);
  if (!m) return null;
  const fromId = Number(m[1]);
  return fromId >= 1 && fromId <= 2_147_483_647 ? { kind: "products", fromId } : null;
}
