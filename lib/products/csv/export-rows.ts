import "server-only";
import { asc, gt, inArray } from "drizzle-orm";
import { db } from "@/db";
import { brands, categories, productImages, products, variants } from "@/db/schema";
import { decimalAmount } from "@/lib/money";
import { CSV_COLUMNS, type CsvRecord, IMAGE_SEPARATOR, OPTION_SLOTS } from "./columns";

const PAGE = 200;

/** The CSV's cells in column order. */
export function recordCells(record: CsvRecord): string[] {
  return CSV_COLUMNS.map((c) => record[c]);
}

/** Every variant of every product as a CSV record, products in id order, read a page at a time. */
export async function* exportRecords(): AsyncGenerator<CsvRecord> {
  const [cats, brandRows] = await Promise.all([
    db.select({ id: categories.id, slug: categories.slug }).from(categories),
    db.select({ id: brands.id, name: brands.name }).from(brands),
  ]);
  const categorySlug = new Map(cats.map((c) => [c.id, c.slug]));
  const brandName = new Map(brandRows.map((b) => [b.id, b.name]));
  let after = 0;
  for (;;) {
    const page = await db.select().from(products).where(gt(products.id, after)).orderBy(asc(products.id)).limit(PAGE);
    if (!page.length) return;
    after = page.at(-1)!.id;
    const ids = page.map((p) => p.id);
    const [vs, imgs] = await Promise.all([
      db.select().from(variants).where(inArray(variants.productId, ids)).orderBy(asc(variants.position), asc(variants.id)),
      db
        .select({ productId: productImages.productId, url: productImages.url })
        .from(productImages)
        .where(inArray(productImages.productId, ids))
        .orderBy(asc(productImages.position), asc(productImages.id)),
    ]);
    for (const p of page) {
      const images = [...new Set(imgs.filter((i) => i.productId === p.id).map((i) => i.url))].join(` ${IMAGE_SEPARATOR} `);
      const names = p.options.map((o) => o.name);
      for (const v of vs.filter((x) => x.productId === p.id)) {
        const optionNames = [...names.filter((n) => n in v.optionValues), ...Object.keys(v.optionValues).filter((n) => !names.includes(n))];
        const record: CsvRecord = {
          handle: p.slug,
          title: p.title,
          description: p.description,
          status: p.status,
          category: categorySlug.get(p.categoryId) ?? "",
          brand: p.brandId ? (brandName.get(p.brandId) ?? "") : "",
          tags: p.tags.join(", "),
          option1_name: "",
          option1_value: "",
          option2_name: "",
          option2_value: "",
          option3_name: "",
          option3_value: "",
          sku: v.sku,
          price: decimalAmount(v.price, v.currency),
          compare_at_price: v.compareAtPrice === null ? "" : decimalAmount(v.compareAtPrice, v.currency),
          stock: String(v.stock),
          image_urls: images,
        };
        for (const n of OPTION_SLOTS) {
          const name = optionNames[n - 1];
          if (name === undefined) continue;
          record[`option${n}_name`] = name;
          record[`option${n}_value`] = v.optionValues[name] ?? "";
        }
        yield record;
      }
    }
  }
}
