import { describe, expect, it } from "vitest";
import { STORE_PAGE_SLUGS } from "@/lib/content/pages/slugs";
import { BRANDS, CATEGORIES, PRODUCTS } from "./catalog-data";
import type { SeedCategory } from "./types";
import { ZH_BRANDS, ZH_CATEGORIES, ZH_PAGES, ZH_PROMOTIONS, ZH_TITLES, zhProductTranslation } from "./zh";

const HAN = /\p{Script=Han}/u;
const all = (list: SeedCategory[]): SeedCategory[] => list.flatMap((c) => [c, ...all(c.children ?? [])]);

describe("the demo shop in Chinese", () => {
  it("names every category, brand and store page", () => {
    for (const c of all(CATEGORIES)) expect(ZH_CATEGORIES[c.slug]?.name, c.slug).toMatch(HAN);
    for (const b of BRANDS) expect(ZH_BRANDS[b.slug], b.slug).toMatch(HAN);
    for (const slug of STORE_PAGE_SLUGS) expect(ZH_PAGES[slug]?.title, slug).toMatch(HAN);
    expect(ZH_PROMOTIONS["Spend 200, save 30"]).toMatch(HAN);
  });

  it("gives every product a Chinese title (or it has one already), and each dictionary entry is used", () => {
    for (const p of PRODUCTS) expect(HAN.test(p.title) || ZH_TITLES[p.title] !== undefined, p.title).toBe(true);
    const titles = new Set(PRODUCTS.map((p) => p.title));
    expect(Object.keys(ZH_TITLES).filter((t) => !titles.has(t))).toEqual([]);
  });

  it("composes a product's description, specs and option names", () => {
    const p = PRODUCTS.find((x) => x.title === "Organic Cotton Crew Tee")!;
    const zh = zhProductTranslation(p)["zh-CN"]!;
    expect(zh.title).toBe("有机棉圆领T恤");
    expect(zh.description).toContain("有机棉圆领T恤");
    expect(zh.specs).toHaveLength(p.specs.length);
    if (p.options.some((o) => o.name === "Size")) expect(zh.optionNames?.Size).toBe("尺码");
  });
});
