import "server-only";
import { STORE_PAGE_SLUGS } from "@/lib/content/pages/slugs";
import { listCategorySitemapEntries, listProductSitemapEntries, listProductSitemapPages, listStorePageDates } from "./queries";
import { absoluteUrl, productPageSize, productSitemapName, sitemapIndexXml, type SitemapEntry, urlsetXml } from "./sitemap-xml";

const maxDate = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null);

/**
 * /sitemap.xml: the index of the category, page and product sitemaps. Products
 * come in files of 50,000 (`pageSize` smaller only in tests, which read the files
 * with the same size through `productSitemap`).
 */
export async function sitemapIndex(siteUrl: string, pageSize?: number): Promise<string> {
  const size = productPageSize(pageSize);
  const [pages, cats, storeDates] = await Promise.all([listProductSitemapPages(size), listCategorySitemapEntries(), listStorePageDates()]);
  const file = (name: string) => absoluteUrl(`/sitemaps/${name}`, siteUrl);
  return sitemapIndexXml([
    { loc: file("pages.xml"), lastmod: maxDate([...storeDates.values()]) },
    { loc: file("categories.xml"), lastmod: maxDate(cats.map((c) => c.updatedAt)) },
    ...pages.map((p) => ({ loc: file(productSitemapName(p.fromId)), lastmod: p.lastmod })),
  ]);
}

export async function productSitemap(siteUrl: string, fromId: number, pageSize?: number): Promise<string> {
  const rows = await listProductSitemapEntries(fromId, productPageSize(pageSize));
  return urlsetXml(rows.map((r) => ({ loc: absoluteUrl(`/p/${r.slug}`, siteUrl), lastmod: r.updatedAt })));
}

/** Every category's listing and its rankings. */
export async function categorySitemap(siteUrl: string): Promise<string> {
  const rows = await listCategorySitemapEntries();
  return urlsetXml(
    rows.flatMap((r) => [
      { loc: absoluteUrl(`/c/${r.slug}`, siteUrl), lastmod: r.updatedAt },
      { loc: absoluteUrl(`/rankings?category=${r.slug}`, siteUrl) },
    ]),
  );
}

/** The home page, the rankings, the deals and the store's pages. */
export async function pagesSitemap(siteUrl: string): Promise<string> {
  const dates = await listStorePageDates();
  const urls: SitemapEntry[] = [
    { loc: absoluteUrl("/", siteUrl) },
    { loc: absoluteUrl("/rankings", siteUrl) },
    { loc: absoluteUrl("/deals", siteUrl) },
    ...STORE_PAGE_SLUGS.map((slug) => ({ loc: absoluteUrl(`/pages/${slug}`, siteUrl), lastmod: dates.get(slug) ?? null })),
  ];
  return urlsetXml(urls);
}
