import { describe, expect, it } from "vitest";
import { BRANDS, CATEGORIES, PRODUCTS } from "./catalog-data";
import { MOTIFS } from "./types";

const COLORS = ["Black", "White", "Grey", "Navy", "Blue", "Red", "Green", "Olive", "Sand", "Pink", "Yellow", "Brown"];
const HAN = /\p{Script=Han}/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const leaves = CATEGORIES.flatMap((c) => c.children ?? [c]);
const leafSlugs = new Set(leaves.map((c) => c.slug));
const brandSlugs = new Set(BRANDS.map((b) => b.slug));

describe("demo catalog", () => {
  it("has 8 top-level categories, each with 2–3 leaf children", () => {
    expect(CATEGORIES).toHaveLength(8);
    for (const c of CATEGORIES) {
      expect(c.children?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(c.children?.length ?? 0).toBeLessThanOrEqual(3);
      for (const child of c.children ?? []) expect(child.children ?? []).toHaveLength(0);
    }
  });

  it("has globally unique, well-formed category and brand slugs", () => {
    const all = CATEGORIES.flatMap((c) => [c.slug, ...(c.children ?? []).map((x) => x.slug)]);
    expect(new Set(all).size).toBe(all.length);
    for (const s of all) expect(s).toMatch(SLUG);
    expect(BRANDS.length).toBeGreaterThanOrEqual(20);
    expect(BRANDS.length).toBeLessThanOrEqual(28);
    expect(brandSlugs.size).toBe(BRANDS.length);
    for (const s of brandSlugs) expect(s).toMatch(SLUG);
  });

  it("has at least 80 products and at least 4 in every leaf category", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(80);
    for (const leaf of leafSlugs) {
      expect(PRODUCTS.filter((p) => p.category === leaf).length, leaf).toBeGreaterThanOrEqual(4);
    }
  });

  it("has unique ASCII product slugs", () => {
    const slugs = PRODUCTS.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(SLUG);
  });

  it("references only leaf categories, known brands and known motifs", () => {
    for (const p of PRODUCTS) {
      expect(leafSlugs.has(p.category), `${p.slug} → ${p.category}`).toBe(true);
      expect(brandSlugs.has(p.brand), `${p.slug} → ${p.brand}`).toBe(true);
      expect(MOTIFS).toContain(p.motif);
      expect(p.hue).toBeGreaterThanOrEqual(0);
      expect(p.hue).toBeLessThan(360);
    }
  });

  it("has sensible prices, with compareAtPrice above basePrice when present", () => {
    for (const p of PRODUCTS) {
      expect(Number.isInteger(p.basePrice) && p.basePrice > 0, p.slug).toBe(true);
      if (p.compareAtPrice !== undefined) expect(p.compareAtPrice, p.slug).toBeGreaterThan(p.basePrice);
    }
  });

  it("has 12–16 products with Chinese titles", () => {
    const chinese = PRODUCTS.filter((p) => HAN.test(p.title));
    expect(chinese.length).toBeGreaterThanOrEqual(12);
    expect(chinese.length).toBeLessThanOrEqual(16);
  });

  it("uses only allowed colour names and unique option values", () => {
    for (const p of PRODUCTS) {
      expect(p.options.length, p.slug).toBeLessThanOrEqual(2);
      for (const o of p.options) {
        expect(new Set(o.values).size, `${p.slug} ${o.name}`).toBe(o.values.length);
        expect(o.values.length).toBeGreaterThan(0);
        expect(o.values.length).toBeLessThanOrEqual(5);
        if (o.name === "Color") for (const v of o.values) expect(COLORS, `${p.slug} ${v}`).toContain(v);
      }
      const values = new Set(p.options.flatMap((o) => o.values));
      for (const key of Object.keys(p.surcharges ?? {})) expect(values.has(key), `${p.slug} surcharge ${key}`).toBe(true);
    }
  });

  it("has 3–6 specs and 2–5 lowercase tags per product", () => {
    for (const p of PRODUCTS) {
      expect(p.specs.length, p.slug).toBeGreaterThanOrEqual(3);
      expect(p.specs.length, p.slug).toBeLessThanOrEqual(6);
      expect(p.tags.length, p.slug).toBeGreaterThanOrEqual(2);
      expect(p.tags.length, p.slug).toBeLessThanOrEqual(5);
      for (const t of p.tags) expect(t, p.slug).toBe(t.toLowerCase());
    }
  });
});
