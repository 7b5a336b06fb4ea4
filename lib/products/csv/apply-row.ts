import "server-only";
import { and, eq, max, ne, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { categories, type ProductOption, products, variants } from "@/db/schema";
import { findOrCreateBrand } from "@/lib/brands/find-or-create";
import { isUniqueViolation } from "@/lib/db-errors";
import { setStockContext } from "@/lib/inventory/stock-context";
import { syncProductImages } from "./sync-images";
import type { ImportRow, RowIssue } from "./row-schema";

export type AppliedRow = { row: number; sku: string; slug: string; created: boolean };

/** Thrown inside the row's transaction to roll all of it back and report why. */
class RowRejected extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(problem);
  }
}

/** The product's options with the row's values added (names in their existing order, new values appended). */
export function mergeOptions(current: ProductOption[], row: { name: string; value: string }[]): ProductOption[] {
  const next = current.map((o) => ({ name: o.name, values: [...o.values] }));
  for (const { name, value } of row) {
    const option = next.find((o) => o.name === name);
    if (!option) next.push({ name, values: [value] });
    else if (!option.values.includes(value)) option.values.push(value);
  }
  return next;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

async function categoryId(tx: Tx, slug: string | undefined): Promise<number | undefined> {
  if (slug === undefined) return undefined;
  const [row] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug));
  if (!row)
    throw new RowRejected(
      `There is no category with the slug "${slug}".`,
      "Use the slug of an existing category (see Categories), or create the category first.",
    );
  return row.id;
}

async function upsertProduct(tx: Tx, row: ImportRow, currency: string) {
  const [existing] = await tx.select().from(products).where(eq(products.slug, row.handle)).for("update");
  const category = await categoryId(tx, row.category);
  const brandId = row.brand === undefined ? undefined : await findOrCreateBrand(tx, row.brand);
  const status = row.status ?? existing?.status ?? "draft";
  const fields = {
    ...(row.title !== undefined && { title: row.title }),
    ...(row.description !== undefined && { description: row.description }),
    ...(row.status !== undefined && { status: row.status }),
    ...(category !== undefined && { categoryId: category }),
    ...(brandId !== undefined && { brandId }),
    ...(row.tags !== undefined && { tags: row.tags }),
    ...(status === "active" && !existing?.publishedAt && { publishedAt: new Date() }),
  };
  if (!existing) {
    if (!row.title) throw new RowRejected("A new product needs a title.", "Fill in the title column on this row.");
    if (category === undefined)
      throw new RowRejected("A new product needs a category.", "Fill in the category column with an existing category's slug.");
    const [created] = await tx
      .insert(products)
      .values({ slug: row.handle, title: row.title, categoryId: category, currency, options: [], ...fields })
      .returning();
    return { product: created!, created: true };
  }
  if (existing.currency !== currency) {
    throw new RowRejected(
      `This product is priced in ${existing.currency}, the import in ${currency}.`,
      "Change this product's prices in the product form instead.",
    );
  }
  const changed = Object.entries(fields).some(([k, v]) => JSON.stringify(existing[k as keyof typeof existing]) !== JSON.stringify(v));
  if (changed) await tx.update(products).set(fields).where(eq(products.id, existing.id));
  return { product: existing, created: false };
}

async function upsertVariant(tx: Tx, row: ImportRow, product: { id: number; options: ProductOption[]; currency: string }, actorId: string) {
  const [variant] = await tx.select().from(variants).where(eq(variants.sku, row.sku)).for("update");
  if (variant && variant.productId !== product.id) {
    const [owner] = await tx.select({ slug: products.slug }).from(products).where(eq(products.id, variant.productId));
    throw new RowRejected(
      `SKU ${row.sku} belongs to another product (${owner?.slug ?? "unknown"}).`,
      "Put that product's handle on this row, or give this variant a new SKU.",
    );
  }
  const optionValues = Object.fromEntries(row.options.map((o) => [o.name, o.value]));
  const siblings = await tx
    .select({ optionValues: variants.optionValues })
    .from(variants)
    .where(and(eq(variants.productId, product.id), ne(variants.sku, row.sku)));
  const names = Object.keys(optionValues);
  if (siblings.length && !sameSet(Object.keys(siblings[0]!.optionValues), names)) {
    const theirs = Object.keys(siblings[0]!.optionValues).join(", ") || "no options";
    throw new RowRejected(
      `This product's variants have ${theirs}; this row has ${names.join(", ") || "no options"}.`,
      "Give every variant of a product the same option names.",
    );
  }
  if (siblings.some((s) => sameSet(Object.entries(s.optionValues).map(String), Object.entries(optionValues).map(String)))) {
    throw new RowRejected(
      "Another variant of this product has the same option values.",
      "Change an option value, or use that variant's SKU to update it.",
    );
  }
  const options = mergeOptions(siblings.length ? product.options : [], row.options);
  if (JSON.stringify(options) !== JSON.stringify(product.options))
    await tx.update(products).set({ options }).where(eq(products.id, product.id));

  await setStockContext(tx, { reason: variant ? "correction" : "initial", actorId, note: "CSV import" });
  const values = { price: row.price, compareAtPrice: row.compareAtPrice, stock: row.stock, optionValues };
  if (!variant) {
    const [last] = await tx
      .select({ position: max(variants.position) })
      .from(variants)
      .where(eq(variants.productId, product.id));
    await tx
      .insert(variants)
      .values({ ...values, sku: row.sku, productId: product.id, currency: product.currency, position: (last?.position ?? -1) + 1 });
  } else if (
    variant.price !== values.price ||
    variant.compareAtPrice !== values.compareAtPrice ||
    variant.stock !== values.stock ||
    JSON.stringify(variant.optionValues) !== JSON.stringify(optionValues)
  ) {
    await tx.update(variants).set(values).where(eq(variants.id, variant.id));
  }
}

/**
 * Applies one validated row in its own transaction: creates or updates the
 * product by handle and the variant by SKU, with stock changes in the ledger
 * as "initial" (new variant) or "correction". A rejected row writes nothing.
 */
export async function applyImportRow(
  row: ImportRow,
  ctx: { actorId: string; currency: string },
): Promise<{ ok: true; applied: AppliedRow } | { ok: false; issue: RowIssue }> {
  const reject = (problem: string, fix: string) => ({ ok: false as const, issue: { row: row.row, sku: row.sku, problem, fix } });
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`set local lock_timeout = '5s'`);
      const { product, created } = await upsertProduct(tx, row, ctx.currency);
      await upsertVariant(tx, row, product, ctx.actorId);
      if (row.imageUrls !== undefined) await syncProductImages(tx, product.id, row.imageUrls, product.title);
      return { ok: true as const, applied: { row: row.row, sku: row.sku, slug: product.slug, created } };
    });
  } catch (e) {
    if (e instanceof RowRejected) return reject(e.problem, e.fix);
    if (isUniqueViolation(e)) return reject("Another change to this product or SKU happened at the same time.", "Import this row again.");
    console.error(`[csv-import] row ${row.row} (${row.sku}) failed`, e);
    return reject(
      "This row could not be saved.",
      "Check its values and import it again; if it keeps failing, edit the product in the product form.",
    );
  }
}
