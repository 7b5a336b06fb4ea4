// A strict check of sitemap XML against the sitemaps.org 0.9 schema's structure, for tests (no network, no XSD engine).
import { MAX_URLS_PER_SITEMAP, SITEMAP_NS } from "./sitemap-xml";

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const ESCAPED_TEXT = /^(?:[^<>&"']|&(?:amp|lt|gt|quot|apos);)*$/;

const unescape = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!);

/**
 * Parses a <urlset> or <sitemapindex> document, throwing on anything the schema
 * does not allow here: another root or namespace, unknown elements, more than
 * 50,000 entries, a <loc> that is not an absolute http(s) URL of at most 2,048
 * characters or is not escaped, a <lastmod> that is not a W3C datetime.
 */
export function parseSitemap(xml: string): { root: "urlset" | "sitemapindex"; entries: { loc: string; lastmod: string | null }[] } {
  const head = /^<\?xml version="1\.0" encoding="UTF-8"\?>\s*<(urlset|sitemapindex) xmlns="([^"]*)">\s*/.exec(xml);
  if (!head) throw new Error("Not a sitemap: the XML declaration and a <urlset> or <sitemapindex> root are expected.");
  const root = head[1] as "urlset" | "sitemapindex";
  if (head[2] !== SITEMAP_NS) throw new Error(`Wrong namespace: ${head[2]}`);
  const tag = root === "urlset" ? "url" : "sitemap";
  let rest = xml.slice(head[0].length);
  const entry = new RegExp(`^<${tag}><loc>([^<]*)</loc>(?:<lastmod>([^<]*)</lastmod>)?</${tag}>\\s*`);
  const entries: { loc: string; lastmod: string | null }[] = [];
  for (let m = entry.exec(rest); m; m = entry.exec(rest)) {
    const [all, rawLoc, lastmod] = m;
    if (!ESCAPED_TEXT.test(rawLoc!)) throw new Error(`Unescaped <loc>: ${rawLoc}`);
    const loc = unescape(rawLoc!);
    if (loc.length > 2048 || !/^https?:\/\/[^/]/.test(loc) || new URL(loc).toString() !== loc)
      throw new Error(`Not an absolute URL: ${loc}`);
    if (lastmod !== undefined && !W3C_DATETIME.test(lastmod)) throw new Error(`Not a W3C datetime: ${lastmod}`);
    entries.push({ loc, lastmod: lastmod ?? null });
    rest = rest.slice(all.length);
  }
  if (!new RegExp(`^</${root}>\\s*$`).test(rest)) throw new Error(`Unexpected content: ${rest.slice(0, 80)}`);
  if (entries.length > MAX_URLS_PER_SITEMAP) throw new Error(`${entries.length} entries: at most ${MAX_URLS_PER_SITEMAP} are allowed.`);
  return { root, entries };
}
