import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { DISALLOWED_PATHS } from "@/lib/seo/robots-rules";

export const dynamic = "force-dynamic";

/** /robots.txt: the sitemap index, and the personal, back-office, search-result and API paths kept out. */
export default function robots(): MetadataRoute.Robots {
  const siteUrl = env().SITE_URL;
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...DISALLOWED_PATHS] },
    sitemap: new URL("/sitemap.xml", siteUrl).toString(),
  };
}
