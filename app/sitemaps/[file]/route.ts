import { env } from "@/lib/env";
import { parseSitemapName, SITEMAP_HEADERS } from "@/lib/seo/sitemap-xml";
import { categorySitemap, pagesSitemap, productSitemap } from "@/lib/seo/sitemaps";

export const dynamic = "force-dynamic";

/** One sitemap of the index (/sitemap.xml): pages.xml, categories.xml or products-<first id>.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseSitemapName((await params).file);
  if (!name) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const siteUrl = env().SITE_URL;
  const xml =
    name.kind === "products"
      ? await productSitemap(siteUrl, name.fromId)
      : name.kind === "categories"
        ? await categorySitemap(siteUrl)
        : await pagesSitemap(siteUrl);
  return new Response(xml, { headers: SITEMAP_HEADERS });
}
