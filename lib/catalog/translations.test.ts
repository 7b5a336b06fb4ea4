import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { brands, categories, products } from "@/db/schema";
import { updateBrand } from "@/lib/brands/mutations";
import { brandInputSchema } from "@/lib/brands/schema";
import { listProducts } from "./listing";
import { parseListingParams } from "./listing-params";
import { getCategoryTree, getProductBySlug, listActiveBanners } from "./queries";
import { suggest } from "./suggest";

// unstable_cache records its key parts and calls through, so the test sees what each locale is cached under.
const keys: string[][] = [];
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, keyParts: string[]) =>
    (...args: A) => {
      keys.push(keyParts);
      return fn(...args);
    },
}));
const cached = await import("./cached");

const search = (q: string) => listProducts({ q }, parseListingParams({ q }, { currency: "USD", defaultSort: "relevance" }).params);
const slugs = async (q: string) => (await search(q)).items.map((i) => i.slug);

describe("catalog content in two languages (real PostgreSQL, seeded demo shop)", () => {
  it("reads the category tree and banners in Chinese, in English by default", async () => {
    const [zh, en] = await Promise.all([getCategoryTree("zh-CN"), getCategoryTree()]);
    expect(zh.find((c) => c.slug === "tea-snacks")?.name).toBe("茶饮零食");
    expect(en.find((c) => c.slug === "tea-snacks")?.name).toBe("Tea & Snacks");
    const banners = await listActiveBanners(new Date(), "zh-CN");
    expect(banners[0]?.title).toMatch(/新品$/);
  });

  it("shows a product's Chinese title, description, brand, specs and option names, and English on the English page", async () => {
    const zhTree = await getCategoryTree("zh-CN");
    const zh = await getProductBySlug("organic-jasmine-pearls", zhTree, "zh-CN");
    expect(zh?.title).toBe("有机茉莉龙珠 100 克");
    expect(zh?.brand?.name).toBe("江南茶业");
    expect(zh?.category.name).toBe("茶叶");
    expect(zh?.specs.find((s) => s.value === "100 g")?.name).toBe("重量");
    const en = await getProductBySlug("organic-jasmine-pearls", await getCategoryTree());
    expect(en?.title).toBe("Organic Jasmine Pearls 100 g");
    expect(en?.brand?.name).toBe("Jiangnan Tea Co.");
    const sized = await db.query.products.findFirst({ where: sql`${products.options} @> '[{"name":"Size"}]'` });
    const withSize = await getProductBySlug(sized!.slug, zhTree, "zh-CN");
    expect(withSize?.options.find((o) => o.name === "Size")?.label).toBe("尺码");
  });

  it("falls back to the default language for a field left empty", async () => {
    const [row] = await db
      .update(products)
      .set({ translations: { "zh-CN": { title: "只有标题", description: "  " } } })
      .where(eq(products.slug, "linen-wrap-dress"))
      .returning({ description: products.description, specs: products.specs });
    const p = await getProductBySlug("linen-wrap-dress", await getCategoryTree("zh-CN"), "zh-CN");
    expect(p?.title).toBe("只有标题");
    expect(p?.description).toBe(row!.description);
    expect(p?.specs).toEqual(row!.specs);
    const [cat] = await db.select({ name: categories.name }).from(categories).where(eq(categories.slug, "books"));
    await db.update(categories).set({ translations: {} }).where(eq(categories.slug, "books"));
    expect((await getCategoryTree("zh-CN")).flatMap((c) => c.children).find((c) => c.slug === "books")?.name).toBe(cat!.name);
  });

  it("finds products by Chinese and by English words, listing titles in the page's language", async () => {
    expect(await slugs("茉莉")).toContain("organic-jasmine-pearls");
    expect(await slugs("jasmine")).toContain("organic-jasmine-pearls");
    // A product written in English with a Chinese title set in the back office.
    await db
      .update(products)
      .set({ translations: { "zh-CN": { title: "明前绿茶礼盒" } } })
      .where(eq(products.slug, "english-breakfast-tea-80"));
    expect(await slugs("绿茶")).toEqual(expect.arrayContaining(["english-breakfast-tea-80", "longjing-green-tea-250g"]));
    expect(await slugs("breakfast")).toContain("english-breakfast-tea-80");
    const inChinese = await suggest("绿茶", await getCategoryTree("zh-CN"), 6, "zh-CN");
    expect(inChinese.find((s) => s.slug === "english-breakfast-tea-80")?.title).toBe("明前绿茶礼盒");
    const inEnglish = await suggest("breakf", await getCategoryTree(), 6, "en");
    expect(inEnglish.find((s) => s.slug === "english-breakfast-tea-80")?.title).toMatch(/English Breakfast/);
  });

  it("saves a brand's Chinese name from its form and finds its products by it", async () => {
    const [brand] = await db.select().from(brands).where(eq(brands.slug, "kettle-and-leaf"));
    const input = brandInputSchema.parse({ name: brand!.name, slug: brand!.slug, zhName: " 壶叶茶坊 " });
    expect(input.translations).toEqual({ "zh-CN": { name: "壶叶茶坊" } });
    expect((await updateBrand(brand!.id, input)).ok).toBe(true);
    const found = await search("壶叶茶坊");
    expect(found.total).toBeGreaterThan(0);
    const [sample] = await db.select({ slug: products.slug }).from(products).where(eq(products.brandId, brand!.id)).limit(1);
    const p = await getProductBySlug(sample!.slug, await getCategoryTree("zh-CN"), "zh-CN");
    expect(p?.brand?.name).toBe("壶叶茶坊");
  });

  it("caches each language under its own key", async () => {
    keys.length = 0;
    const [zh, en] = [
      await cached.getCachedProduct("organic-jasmine-pearls", "zh-CN"),
      await cached.getCachedProduct("organic-jasmine-pearls", "en"),
    ];
    expect(zh?.title).not.toBe(en?.title);
    const productKeys = keys.filter((k) => k.includes("product")).map((k) => k.join("|"));
    expect(new Set(productKeys).size).toBe(2);
    expect(productKeys.some((k) => k.includes("zh-CN"))).toBe(true);
    keys.length = 0;
    await cached.getCachedListing(
      { q: "tea" },
      parseListingParams({ q: "tea" }, { currency: "USD", defaultSort: "relevance" }).params,
      "zh-CN",
    );
    await cached.getCachedBanners("zh-CN");
    await cached.getCachedSuggestions("tea", "zh-CN");
    for (const k of keys.filter((x) => !x.includes("category-tree"))) expect(k, k.join("|")).toContain("zh-CN");
  });
});

afterAll(() => vi.restoreAllMocks());
beforeAll(() => {
  keys.length = 0;
});
