import type { Random } from "./random";
import type { SeedProduct } from "./types";

const SERIES = [
  "Classic",
  "Everyday",
  "Studio",
  "Urban",
  "Trail",
  "Heritage",
  "Essential",
  "Signature",
  "Compact",
  "Nordic",
  "Coastal",
  "Metro",
];
const EDITIONS = ["", " II", " III", " Plus", " Lite", " Max", " Air", " Mini", " 2026", " Select"];

/**
 * Generated products for large benchmark catalogs: variations of the
 * hand-written ones (new series name, brand and price), sharing their pictures.
 */
export function expandProducts(templates: SeedProduct[], count: number, random: Random) {
  const out: (SeedProduct & { imageOf: string; imageCount: number })[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    const series = random.pick(SERIES);
    const edition = random.pick(EDITIONS);
    const factor = 0.7 + random.next() * 0.6;
    const basePrice = Math.max(99, Math.round((t.basePrice * factor) / 100) * 100 - 1);
    out.push({
      ...t,
      title: `${series} ${t.title}${edition}`,
      slug: `${t.slug}-${series.toLowerCase()}-${i + 1}`,
      basePrice,
      compareAtPrice: random.chance(0.3) ? Math.round(basePrice * 1.25) : undefined,
      brand: random.chance(0.7) ? t.brand : random.pick(templates).brand,
      tags: [...t.tags, series.toLowerCase()],
      imageOf: t.slug,
      imageCount: 2,
    });
  }
  return out;
}
