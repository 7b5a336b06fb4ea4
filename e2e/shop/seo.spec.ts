import { expect, test } from "../fixtures";
import { createTestProduct } from "../support/product-db";
import { parseSitemap } from "../../lib/seo/sitemap-check";

test("/sitemap.xml is an index of valid sitemaps that list an active product, the categories, rankings and store pages", async ({
  request,
  baseURL,
}) => {
  const product = await createTestProduct("Sitemap Vase");
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("xml");
  const index = parseSitemap(await response.text());
  expect(index.root).toBe("sitemapindex");

  const locs: string[] = [];
  for (const sitemap of index.entries) {
    expect(sitemap.loc.startsWith(`${baseURL}/sitemaps/`)).toBe(true);
    const file = await request.get(new URL(sitemap.loc).pathname);
    expect(file.status()).toBe(200);
    const parsed = parseSitemap(await file.text());
    expect(parsed.root).toBe("urlset");
    locs.push(...parsed.entries.map((e) => e.loc));
  }
  expect(locs).toContain(`${baseURL}/p/${product.slug}`);
  expect(locs).toEqual(expect.arrayContaining([`${baseURL}/`, `${baseURL}/rankings`, `${baseURL}/pages/about`]));
  expect(locs.some((l) => l.startsWith(`${baseURL}/c/`))).toBe(true);
  expect(locs.some((l) => l.startsWith(`${baseURL}/rankings?category=`))).toBe(true);
  expect((await request.get("/sitemaps/nothing.xml")).status()).toBe(404);
});

test("/robots.txt names the sitemap and keeps private and search-result pages out", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  const lines = text.split("\n").map((l) => l.trim());
  expect(lines).toContain("User-Agent: *");
  for (const path of ["/account", "/cart", "/checkout", "/admin", "/orders", "/search", "/api"])
    expect(lines).toContain(`Disallow: ${path}`);
  expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("product and category pages carry a BreadcrumbList, the home page an Organization", async ({ page }) => {
  const product = await createTestProduct("Breadcrumb Bowl");
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);

  await page.goto(`/p/${product.slug}`);
  const crumbs = (await jsonLd()).find((d) => d["@type"] === "BreadcrumbList") as { itemListElement: { name: string; position: number }[] };
  expect(crumbs.itemListElement[0]).toMatchObject({ position: 1, name: "Home" });
  expect(crumbs.itemListElement.at(-1)).toMatchObject({ name: "Breadcrumb Bowl" });

  const categoryHref = await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").nth(1).getAttribute("href");
  await page.goto(`${categoryHref}?sort=price-asc&brand=none`);
  expect((await jsonLd()).some((d) => d["@type"] === "BreadcrumbList")).toBe(true);
  // A filtered, sorted listing names the plain category as its canonical URL.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${categoryHref}$`));

  await page.goto("/");
  expect((await jsonLd()).find((d) => d["@type"] === "Organization")).toMatchObject({ "@type": "Organization" });
});
