import "server-only";
import { productTranslations } from "./translations";
import { and, eq, inArray, ne, notInArray } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { brands, categories, productImages, productSlugRedirects, products, variants } from "@/db/schema";
import { isStaff, type SessionUser } from "@/lib/auth/session";
import { isUniqueViolation } from "@/lib/db-errors";
import { setStockContext } from "@/lib/inventory/stock-context";
import { preorderFieldsError, todayUtc } from "@/lib/preorders/rules";
import type { StoredImage } from "./images";
import type { ProductFormInput } from "./schema";

export type SaveProductResult =
  | { ok: true; productId: number; slug: string; previousSlug: string | null }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Thrown inside the transaction to roll it back with a message for the form. */
class SaveRefused extends Error {
  constructor(readonly result: Extract<SaveProductResult, { ok: false }>) {
    super(result.error);
  }
}
const refuse = (error: string, fieldErrors?: Record<string, string>) => new SaveRefused({ ok: false, error, fieldErrors });
const fieldRefusal = (field: string, message: string) => refuse("Please correct the highlighted fields.", { [field]: message });

/**
 * Creates (no id) or updates a product with its variants and pictures in one
 * transaction: stock changes are recorded in the ledger as corrections (new
 * variants: initial) by `actor`; an old slug keeps redirecting. `newImages`
 * are already stored; they are added after the kept ones.
 */
export async function saveProduct(
  input: ProductFormInput,
  actor: SessionUser | null,
  newImages: StoredImage[] = [],
  currency = "USD",
): Promise<SaveProductResult> {
  if (!isStaff(actor)) return { ok: false, error: "You do not have access to the back office." };
  try {
    return await db.transaction(async (tx) => {
      const [existing] = input.id
        ? await tx
            .select({ slug: products.slug, publishedAt: products.publishedAt })
            .from(products)
            .where(eq(products.id, input.id))
            .for("update")
        : [];
      if (input.id && !existing) throw refuse("This product no longer exists: it may have been deleted.");
      await checkReferences(tx, input);
      const publishedAt = existing?.publishedAt ?? (input.status === "active" ? new Date() : null);
      const values = {
        title: input.title,
        slug: input.slug,
        description: input.description,
        status: input.status,
        categoryId: input.categoryId,
        brandId: input.brandId,
        options: input.options,
        specs: input.specs.map((s) => ({ name: s.name, value: s.value })),
        translations: productTranslations(input),
        tags: input.tags,
        consumable: input.consumable,
        currency,
        publishedAt,
      };
      let productId: number;
      if (input.id) {
        productId = input.id;
        await tx.update(products).set(values).where(eq(products.id, productId));
      } else {
        const [row] = await tx.insert(products).values(values).returning({ id: products.id });
        productId = row!.id;
      }
      const previousSlug = existing && existing.slug !== input.slug ? existing.slug : null;
      // The new slug is live now, so nothing may redirect away from it; the old one points here.
      await tx.delete(productSlugRedirects).where(eq(productSlugRedirects.slug, input.slug));
      if (previousSlug) {
        await tx
          .insert(productSlugRedirects)
          .values({ slug: previousSlug, productId })
          .onConflictDoUpdate({ target: productSlugRedirects.slug, set: { productId } });
      }
      await saveVariants(tx, productId, input, actor!.id, currency);
      await saveImages(tx, productId, input, newImages);
      return { ok: true as const, productId, slug: input.slug, previousSlug };
    });
  } catch (e) {
    if (e instanceof SaveRefused) return e.result;
    if (isUniqueViolation(e, "products_slug_unique"))
      return fieldRefusal("slug", "Another product already uses this slug: choose another.").result;
    if (isUniqueViolation(e, "variants_sku_unique"))
      return refuse("One of these SKUs is already used by another product: each SKU must be unique in the store.").result;
    throw e;
  }
}

/** Category and brand exist, the slug and SKUs are free (the unique constraints stay the last word under races). */
async function checkReferences(tx: Tx, input: ProductFormInput) {
  const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, input.categoryId));
  if (!category) throw fieldRefusal("categoryId", "Choose a category from the list.");
  if (input.brandId) {
    const [brand] = await tx.select({ id: brands.id }).from(brands).where(eq(brands.id, input.brandId));
    if (!brand) throw fieldRefusal("brandId", "Choose a brand from the list.");
  }
  const others = input.id ? ne(products.id, input.id) : undefined;
  const [slugTaken] = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.slug, input.slug), others))
    .limit(1);
  if (slugTaken) throw fieldRefusal("slug", "Another product already uses this slug: choose another.");
  const skus = input.variants.map((v) => v.sku);
  const taken = await tx
    .select({ sku: variants.sku, title: products.title })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(inArray(variants.sku, skus), input.id ? ne(variants.productId, input.id) : undefined));
  if (taken.length) {
    const fieldErrors: Record<string, string> = {};
    for (const t of taken)
      fieldErrors[`variants.${skus.indexOf(t.sku)}.sku`] = `SKU ${t.sku} is already used by “${t.title}”: each SKU must be unique.`;
    throw refuse("Please correct the highlighted fields.", fieldErrors);
  }
}

async function saveVariants(tx: Tx, productId: number, input: ProductFormInput, actorId: string, currency: string) {
  const current = await tx.select({ id: variants.id }).from(variants).where(eq(variants.productId, productId));
  const currentIds = new Set(current.map((v) => v.id));
  const kept = input.variants.flatMap((v) => (v.id ? [v.id] : []));
  if (kept.some((id) => !currentIds.has(id))) throw refuse("The variants changed since this page was opened: reload it and save again.");
  // Order lines keep their own copy of what was sold; their variant_id is set to null.
  await tx.delete(variants).where(and(eq(variants.productId, productId), kept.length ? notInArray(variants.id, kept) : undefined));
  const row = (v: ProductFormInput["variants"][number], position: number) => ({
    preorderShipsOn: v.preorderShipsOn,
    preorderCap: v.preorderCap,
    sku: v.sku,
    optionValues: v.optionValues,
    price: v.price!,
    compareAtPrice: v.compareAtPrice,
    currency,
    position,
  });
  await setStockContext(tx, { reason: "correction", actorId });
  for (const [i, v] of input.variants.entries()) {
    await checkPreorder(tx, v, i);
    if (v.id) await updateVariant(tx, v.id, row(v, i), v);
  }
  const added = [...input.variants.entries()].filter(([, v]) => !v.id);
  if (added.length) {
    await setStockContext(tx, { reason: "initial", actorId });
    await tx.insert(variants).values(added.map(([i, v]) => ({ productId, ...row(v, i), stock: v.stock })));
  }
}

/**
 * The pre-order fields against the variant's row, locked so no checkout adds to its
 * backlog between this check and the save: a limit below what already waits is refused.
 */
async function checkPreorder(tx: Tx, v: ProductFormInput["variants"][number], index: number) {
  const [saved] = v.id
    ? await tx
        .select({ backlog: variants.preorderBacklog, shipsOn: variants.preorderShipsOn })
        .from(variants)
        .where(eq(variants.id, v.id))
        .for("update")
    : [];
  const error = preorderFieldsError({ shipsOn: v.preorderShipsOn, cap: v.preorderCap }, saved ?? { backlog: 0, shipsOn: null }, todayUtc());
  if (error) throw fieldRefusal(`variants.${index}.${v.preorderShipsOn === null ? "preorderShipsOn" : "preorderCap"}`, error);
}

/**
 * Updates a variant; its stock only when the merchant changed the number shown,
 * and only if no order or adjustment moved it since the form was opened (else
 * saving would silently undo those).
 */
async function updateVariant(tx: Tx, id: number, fields: Partial<typeof variants.$inferInsert>, v: ProductFormInput["variants"][number]) {
  const changesStock = v.loadedStock === null || v.stock !== v.loadedStock;
  if (!changesStock) {
    await tx.update(variants).set(fields).where(eq(variants.id, id));
    return;
  }
  const where = v.loadedStock === null ? eq(variants.id, id) : and(eq(variants.id, id), eq(variants.stock, v.loadedStock));
  const updated = await tx
    .update(variants)
    .set({ ...fields, stock: v.stock })
    .where(where)
    .returning({ id: variants.id });
  if (updated.length === 0) {
    const [now] = await tx.select({ stock: variants.stock }).from(variants).where(eq(variants.id, id));
    throw refuse(
      `The stock of ${v.sku} changed to ${now?.stock ?? 0} since this page was opened (orders or adjustments): reload the page and save again.`,
    );
  }
}

async function saveImages(tx: Tx, productId: number, input: ProductFormInput, newImages: StoredImage[]) {
  const current = await tx.select({ id: productImages.id }).from(productImages).where(eq(productImages.productId, productId));
  const currentIds = new Set(current.map((i) => i.id));
  const kept = input.images.filter((i): i is { id: number; alt: string } => i.id !== null && currentIds.has(i.id));
  await tx.delete(productImages).where(
    and(
      eq(productImages.productId, productId),
      kept.length
        ? notInArray(
            productImages.id,
            kept.map((i) => i.id),
          )
        : undefined,
    ),
  );
  for (const [position, image] of kept.entries()) {
    await tx.update(productImages).set({ alt: image.alt, position }).where(eq(productImages.id, image.id));
  }
  if (newImages.length) {
    await tx.insert(productImages).values(newImages.map((img, j) => ({ productId, ...img, alt: input.title, position: kept.length + j })));
  }
}
