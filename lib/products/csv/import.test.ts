import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { brands, categories, inventoryMovements, productImages, products, variants } from "@/db/schema";
import { createTestUser } from "@/lib/orders/testing";
import { encodeCsvRow, encodeExportRow, parseCsv } from "./csv-codec";
import { exportRecords, recordCells } from "./export-rows";
import { importRows } from "./import-rows";
import { CSV_COLUMNS, type CsvColumn, type CsvRecord, recordsToRows } from "./columns";

let n = 0;
const uid = () => `${Date.now().toString(36)}${process.pid}${++n}`;

async function anyCategory() {
  const [c] = await db.select({ slug: categories.slug }).from(categories).limit(1);
  return c!.slug;
}

const rows = (list: Partial<Record<CsvColumn, string>>[]) => list.map((values, i) => ({ row: i + 2, values }));

async function variantBySku(sku: string) {
  const [v] = await db.select().from(variants).where(eq(variants.sku, sku));
  return v;
}

async function ledgerMatchesStock(skus: string[]) {
  const found = await db
    .select({
      stock: variants.stock,
      ledger: sql<number>`coalesce((select sum(delta) from ${inventoryMovements} m where m.variant_id = "variants"."id"), 0)::int`,
    })
    .from(variants)
    .where(inArray(variants.sku, skus));
  expect(found).toHaveLength(skus.length);
  for (const v of found) expect(v.ledger).toBe(v.stock);
}

describe("CSV import (real PostgreSQL)", () => {
  it("creates a product with variants, then updates them by SKU; the ledger follows the stock", async () => {
    const actor = await createTestUser();
    const category = await anyCategory();
    const handle = `tea-${uid()}`;
    const [s1, s2] = [`SKU-${uid()}`, `SKU-${uid()}`];
    const base = {
      handle,
      title: '龙井绿茶, "Dragon Well"',
      category,
      brand: `Brand ${uid()}`,
      status: "active",
      tags: "tea, green",
      option1_name: "Size",
    };
    const first = await importRows(
      rows([
        { ...base, sku: s1, option1_value: "50 g", price: "12.50", stock: "10", image_urls: "/media/a.svg | /media/b.svg" },
        { handle, sku: s2, option1_name: "Size", option1_value: "100 g", price: "20", compare_at_price: "25.00", stock: "4" },
      ]),
      actor,
    );
    expect(first.issues).toEqual([]);
    expect(first.applied.map((a) => a.created)).toEqual([true, false]);
    const [p] = await db.select().from(products).where(eq(products.slug, handle));
    expect(p).toMatchObject({
      title: base.title,
      status: "active",
      tags: ["tea", "green"],
      options: [{ name: "Size", values: ["50 g", "100 g"] }],
      priceMin: 1250,
      priceMax: 2000,
      inStock: true,
    });
    expect(p!.publishedAt).not.toBeNull();
    expect(await variantBySku(s2)).toMatchObject({ price: 2000, compareAtPrice: 2500, stock: 4, optionValues: { Size: "100 g" } });
    expect((await db.select().from(productImages).where(eq(productImages.productId, p!.id))).map((i) => i.url).sort()).toEqual([
      "/media/a.svg",
      "/media/b.svg",
    ]);

    const second = await importRows(
      rows([{ handle, sku: s1, option1_name: "Size", option1_value: "50 g", price: "13.00", stock: "7" }]),
      actor,
    );
    expect(second.issues).toEqual([]);
    expect(await variantBySku(s1)).toMatchObject({ price: 1300, stock: 7 });
    const moves = await db
      .select()
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, (await variantBySku(s1))!.id))
      .orderBy(inventoryMovements.id);
    expect(moves.map((m) => [m.reason, m.delta, m.note, m.actorId])).toEqual([
      ["initial", 10, "CSV import", actor],
      ["correction", -3, "CSV import", actor],
    ]);
    await ledgerMatchesStock([s1, s2]);
  });

  it("reports a bad price or an unknown category and writes nothing of that row; the good rows apply", async () => {
    const actor = await createTestUser();
    const category = await anyCategory();
    const [good, badPrice, badCategory] = [`good-${uid()}`, `price-${uid()}`, `cat-${uid()}`];
    const newBrand = `Never ${uid()}`;
    const result = await importRows(
      rows([
        { handle: good, title: "Good", category, sku: `S-${good}`, price: "5", stock: "1" },
        { handle: badPrice, title: "Bad price", category, sku: `S-${badPrice}`, price: "5,00", stock: "1" },
        {
          handle: badCategory,
          title: "Bad category",
          category: "no-such-category",
          brand: newBrand,
          sku: `S-${badCategory}`,
          price: "5",
          stock: "1",
        },
      ]),
      actor,
    );
    expect(result.applied.map((a) => a.slug)).toEqual([good]);
    expect(result.issues).toEqual([
      expect.objectContaining({ row: 3, sku: `S-${badPrice}`, problem: 'Price "5,00" is not an amount.' }),
      expect.objectContaining({ row: 4, sku: `S-${badCategory}`, problem: 'There is no category with the slug "no-such-category".' }),
    ]);
    const written = await db
      .select({ slug: products.slug })
      .from(products)
      .where(inArray(products.slug, [good, badPrice, badCategory]));
    expect(written.map((w) => w.slug)).toEqual([good]);
    expect(await variantBySku(`S-${badCategory}`)).toBeUndefined();
    expect(await db.select().from(brands).where(eq(brands.name, newBrand))).toEqual([]);
  });

  it("refuses a SKU of another product and a variant whose options differ from its siblings'", async () => {
    const actor = await createTestUser();
    const category = await anyCategory();
    const [a, b] = [`a-${uid()}`, `b-${uid()}`];
    await importRows(
      rows([{ handle: a, title: "A", category, sku: `S-${a}`, option1_name: "Color", option1_value: "Red", price: "1", stock: "0" }]),
      actor,
    );
    const result = await importRows(
      rows([
        { handle: b, title: "B", category, sku: `S-${a}`, price: "1", stock: "0" },
        { handle: a, sku: `S2-${a}`, option1_name: "Size", option1_value: "M", price: "1", stock: "0" },
      ]),
      actor,
    );
    expect(result.issues.map((i) => i.problem)).toEqual([
      `SKU S-${a} belongs to another product (${a}).`,
      "This product's variants have Color; this row has Size.",
    ]);
    expect(await db.select().from(products).where(eq(products.slug, b))).toEqual([]);
  });

  it("importing the export changes nothing", async () => {
    // Other test files share this database, so this works on its own copies of
    // seeded products (options, images, compare-at prices) rather than on theirs.
    const actor = await createTestUser();
    const all: CsvRecord[] = [];
    for await (const r of exportRecords()) all.push(r);
    const id = uid();
    const sources = [...new Set(all.filter((r) => r.option2_name && r.image_urls).map((r) => r.handle))].slice(0, 3);
    expect(sources.length).toBeGreaterThan(0);
    const copies = all
      .filter((r) => sources.includes(r.handle))
      .map((r) => ({ ...r, handle: `copy-${id}-${r.handle}`.slice(0, 120), sku: `${r.sku}-C${id}`, title: `${r.title} 副本, "copy"` }));
    const created = await importRows(
      copies.map((values, i) => ({ row: i + 2, values })),
      actor,
    );
    expect(created.issues).toEqual([]);

    const snapshot = async () => {
      const out: string[][] = [];
      for await (const r of exportRecords()) if (r.handle.startsWith(`copy-${id}-`)) out.push(recordCells(r));
      return out;
    };
    const before = await snapshot();
    expect(before).toHaveLength(copies.length);
    const skus = copies.map((c) => c.sku);
    const movements = () =>
      db.$count(
        inventoryMovements,
        inArray(inventoryMovements.variantId, db.select({ id: variants.id }).from(variants).where(inArray(variants.sku, skus))),
      );
    const ledgerBefore = await movements();
    const mapped = recordsToRows(parseCsv(encodeCsvRow(CSV_COLUMNS) + before.map(encodeExportRow).join("")));
    if (!mapped.ok) throw new Error(mapped.error);
    const result = await importRows(mapped.rows, actor);
    expect(result.issues).toEqual([]);
    expect(result.applied.every((a) => !a.created)).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(await movements()).toBe(ledgerBefore);
    await ledgerMatchesStock(skus);
  }, 120_000);
});
