import { env } from "@/lib/env";
import { SITEMAP_HEADERS } from "@/lib/seo/sitemap-xml";
import { sitemapIndex } from "@/lib/seo/sitemaps";

// Read per request from indexed columns (one pass over active product ids); caches may keep it an hour.
export const dynamic = "force-dynamic";

/** The sitemap index: /sitemaps/pages.xml, /sitemaps/categories.xml and one /sitemaps/products-<id>.xml per 50,000 products. */
export async function GET() {
  return new Response(await sitemapIndex(env().SITE_URL), { headers: SITEMAP_HEADERS });
}
