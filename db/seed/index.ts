import { sql as dsql } from "drizzle-orm";
import { ZH_BRANDS, ZH_CATEGORIES, zhProductTranslation } from "./zh";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { mediaStorage, type MediaStorage } from "@/lib/media/storage";
import * as schema from "../schema";
import { demoAccountsLine, seedAccounts } from "./accounts";
import { BRANDS, CATEGORIES, PRODUCTS } from "./catalog-data";
import { expandProducts } from "./expand";
import { seedDemoPromotions } from "./promotions";
import { seedStorePages } from "./store-pages";
import { bannerSvg, categorySvg, productImageSvg } from "./images";
import { createRandom, type Random } from "./random";
import type { SeedCategory, SeedProduct } from "./types";
import { expandVariants } from "./variants";

type Db = ReturnType<typeof connect>["db"];
type Log = (message: string) => void;

const BATCH = 500;
const DAY = 86_400_000;

function connect(url: string) {
  const client = postgres(url, { max: 2, onnotice: () => {} });
  return { client, db: drizzle({ client, schema, casing: "snake_case" }) };
}

/** Seeds the demo shop when the catalog is empty (the embedded database's first start). */
export async function seedIfEmpty(url: string, log: Log = console.log) {
  const { client, db } = connect(url);
  try {
    const [row] = await db.select({ n: dsql<number>`count(*)::int` }).from(schema.categories);
    if ((row?.n ?? 0) > 0) {
      // Demo databases seeded before accounts (or promotions, or store pages) existed get the demo sign-ins (and the rest) too.
      await seedAccounts(db);
      await seedStorePages(db);
      const [promos] = await db.execute<{ none: boolean }>(
        dsql`select not exists (select 1 from promotions) and not exists (select 1 from flash_sales) as none`,
      );
      if (promos?.none) {
        const added = await seedDemoPromotions(db);
        if (added.length) log(`[seed] demo promotions: ${added.join(", ")}`);
      }
      return false;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  await seedCatalog(url, { log });
  await seedPromotions(url, log);
  return true;
}

/** The demo promotions (db/seed/promotions.ts), for demo databases only: test databases are seeded without them. */
export async function seedPromotions(url: string, log: Log = console.log) {
  const { client, db } = connect(url);
  try {
    const added = await seedDemoPromotions(db);
    if (added.length) log(`[seed] demo promotions: ${added.join(", ")}`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

export type SeedOptions = { products?: number; log?: Log; storage?: MediaStorage };

/**
 * Fills an empty database with the demo catalog; with `products` above the
 * hand-written count, adds generated products up to that total (benchmarks).
 */
export async function seedCatalog(url: string, options: SeedOptions = {}) {
  const log = options.log ?? console.log;
  const storage = options.storage ?? mediaStorage();
  const started = Date.now();
  const { client, db } = connect(url);
  try {
    const [existing] = await db.select({ n: dsql<number>`count(*)::int` }).from(schema.products);
    if ((existing?.n ?? 0) > 0) throw new Error("The catalog is not empty: seed only into an empty database.");

    const images = await writeProductImages(storage, PRODUCTS);
    const categoryIds = await insertCategories(db, storage);
    const brandIds = await insertBrands(db);
    await insertBanners(db, storage);
    await seedStorePages(db);

    const random = createRandom(20261122);
    const total = Math.max(options.products ?? 0, PRODUCTS.length);
    const all = [...PRODUCTS, ...demoDrafts(), ...expandProducts(PRODUCTS, total - PRODUCTS.length, random)];
    for (let i = 0; i < all.length; i += BATCH) {
      await insertProductBatch(db, all.slice(i, i + BATCH), { categoryIds, brandIds, images, random });
      if (all.length > 5000 && (i / BATCH) % 20 === 0) log(`[seed] ${Math.min(i + BATCH, all.length)}/${all.length} products`);
    }
    await seedAccounts(db);
    // Outside any transaction: fresh statistics and visibility maps for index-only scans.
    await client.unsafe("vacuum analyze");
    log(
      `[seed] ${all.length} products in ${Object.keys(categoryIds).length} categories, ${((Date.now() - started) / 1000).toFixed(1)} s; demo accounts: ${demoAccountsLine()}`,
    );
  } finally {
    await client.end({ timeout: 5 });
  }
}

type SeedProductRow = SeedProduct & { status?: "draft" | "active" | "archived"; imageOf?: string; imageCount?: number };

/** A product that is not on sale yet, so the demo shows that drafts stay hidden. */
function demoDrafts(): SeedProductRow[] {
  const first = PRODUCTS[0]!;
  return [{ ...first, slug: `${first.slug}-preview`, title: `${first.title} (next season)`, status: "draft", imageOf: first.slug }];
}

type ImageSet = { views: string[]; byColor: Record<string, string> };

async function writeProductImages(storage: MediaStorage, products: SeedProduct[]) {
  const result: Record<string, ImageSet> = {};
  for (const p of products) {
    const views = await Promise.all(
      [0, 1, 2].map((view) => storage.put(`seed/${p.slug}-${view}.svg`, productImageSvg({ motif: p.motif, hue: p.hue, view }))),
    );
    const byColor: Record<string, string> = {};
    for (const colorName of p.options.find((o) => o.name === "Color")?.values ?? []) {
      const key = `seed/${p.slug}-${colorName.toLowerCase()}.svg`;
      byColor[colorName] = await storage.put(key, productImageSvg({ motif: p.motif, hue: p.hue, view: 0, colorName }));
    }
    result[p.slug] = { views, byColor };
  }
  return result;
}

async function insertCategories(db: Db, storage: MediaStorage) {
  const ids: Record<string, number> = {};
  const motifFor = (c: SeedCategory): SeedProduct | undefined => {
    const leaves = c.children?.map((x) => x.slug) ?? [c.slug];
    return PRODUCTS.find((p) => leaves.includes(p.category));
  };
  const insert = async (list: SeedCategory[], parentId: number | null) => {
    for (const [position, c] of list.entries()) {
      const sample = motifFor(c);
      const imageUrl = sample ? await storage.put(`seed/category-${c.slug}.svg`, categorySvg(sample.motif, sample.hue)) : null;
      const [row] = await db
        .insert(schema.categories)
        .values({
          slug: c.slug,
          name: c.name,
          description: c.description,
          parentId,
          position,
          imageUrl,
          translations: ZH_CATEGORIES[c.slug] ? { "zh-CN": ZH_CATEGORIES[c.slug] } : {},
        })
        .returning({ id: schema.categories.id });
      ids[c.slug] = row!.id;
      if (c.children) await insert(c.children, row!.id);
    }
  };
  await insert(CATEGORIES, null);
  return ids;
}

async function insertBrands(db: Db) {
  const rows = await db
    .insert(schema.brands)
    .values(
      BRANDS.map((b) => ({ slug: b.slug, name: b.name, translations: ZH_BRANDS[b.slug] ? { "zh-CN": { name: ZH_BRANDS[b.slug] } } : {} })),
    )
    .returning({ id: schema.brands.id, slug: schema.brands.slug });
  return Object.fromEntries(rows.map((r) => [r.slug, r.id]));
}

async function insertBanners(db: Db, storage: MediaStorage) {
  const rows = [];
  for (const [position, c] of CATEGORIES.slice(0, 3).entries()) {
    const leaves = c.children?.map((x) => x.slug) ?? [c.slug];
    const motifs = PRODUCTS.filter((p) => leaves.includes(p.category))
      .slice(0, 3)
      .map((p) => p.motif);
    const hue = (position * 120 + 30) % 360;
    const imageUrl = await storage.put(`seed/banner-${c.slug}.svg`, bannerSvg({ title: c.name, hue, motifs }));
    const zh = ZH_CATEGORIES[c.slug];
    const translations = zh ? { "zh-CN": { title: `${zh.name}新品`, subtitle: zh.description } } : {};
    rows.push({ title: `New in ${c.name}`, subtitle: c.description, translations, imageUrl, linkUrl: `/c/${c.slug}`, position });
  }
  await db.insert(schema.banners).values(rows);
}

type BatchContext = {
  categoryIds: Record<string, number>;
  brandIds: Record<string, number>;
  images: Record<string, ImageSet>;
  random: Random;
};

async function insertProductBatch(db: Db, batch: SeedProductRow[], ctx: BatchContext) {
  const { random } = ctx;
  const now = Date.now();
  // Variants (with stock) first, so each product row carries the summary the
  // variants trigger would compute, and the trigger finds nothing to rewrite.
  const drafts = batch.map((p) => {
    const soldOut = random.chance(0.04);
    return expandVariants(p).map((v) => ({
      ...v,
      stock: soldOut || random.chance(0.08) ? 0 : random.chance(0.15) ? random.int(1, 4) : random.int(5, 80),
    }));
  });
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(schema.products)
      .values(
        batch.map((p, i) => {
          const vs = drafts[i]!;
          const prices = vs.map((v) => v.price);
          return {
            slug: p.slug,
            title: p.title,
            description: p.description,
            status: p.status ?? "active",
            categoryId: ctx.categoryIds[p.category]!,
            brandId: ctx.brandIds[p.brand] ?? null,
            options: p.options,
            specs: p.specs,
            translations: zhProductTranslation(p),
            tags: p.tags,
            priceMin: Math.min(...prices),
            priceMax: Math.max(...prices),
            inStock: vs.some((v) => v.stock > 0),
            optionTags: [...new Set(vs.flatMap((v) => Object.entries(v.optionValues).map(([k, val]) => `${k}:${val}`)))].sort(),
            salesCount: Math.floor(random.next() ** 3 * 2000),
            publishedAt: new Date(now - random.int(0, 180) * DAY - random.int(0, DAY)),
          };
        }),
      )
      .returning({ id: schema.products.id, slug: schema.products.slug });
    const idBySlug = new Map(inserted.map((r) => [r.slug, r.id]));

    const variantRows: (typeof schema.variants.$inferInsert)[] = [];
    batch.forEach((p, i) => {
      const productId = idBySlug.get(p.slug)!;
      drafts[i]!.forEach((v, position) => {
        variantRows.push({
          productId,
          sku: `MC-${String(productId).padStart(6, "0")}-${String(position + 1).padStart(2, "0")}`,
          optionValues: v.optionValues,
          price: v.price,
          compareAtPrice: v.compareAtPrice,
          stock: v.stock,
          position,
        });
      });
    });
    const variants = await tx
      .insert(schema.variants)
      .values(variantRows)
      .returning({ id: schema.variants.id, productId: schema.variants.productId, optionValues: schema.variants.optionValues });
    const colorVariant = new Map(variants.map((v) => [`${v.productId}:${v.optionValues.Color ?? ""}`, v.id]));

    const imageRows: (typeof schema.productImages.$inferInsert)[] = [];
    for (const p of batch) {
      const productId = idBySlug.get(p.slug)!;
      const set = ctx.images[p.imageOf ?? p.slug];
      if (!set) continue;
      const views = set.views.slice(0, p.imageCount ?? 3);
      views.forEach((url, position) =>
        imageRows.push({ productId, url, alt: `${p.title}, picture ${position + 1}`, width: 800, height: 800, position }),
      );
      Object.entries(set.byColor).forEach(([color, url], i) => {
        const variantId = colorVariant.get(`${productId}:${color}`) ?? null;
        imageRows.push({ productId, variantId, url, alt: `${p.title} in ${color}`, width: 800, height: 800, position: views.length + i });
      });
    }
    if (imageRows.length) await tx.insert(schema.productImages).values(imageRows);
  });
}
