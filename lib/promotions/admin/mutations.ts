import "server-only";
import { and, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, categories, flashSales, memberTiers, products, promotions, variants } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatMoney } from "@/lib/money";
import type { FlashSaleInput, PromotionInput } from "./schema";

export type SaveResult = { ok: true; id: number } | { ok: false; error: string; fieldErrors?: Record<string, string>; notFound?: boolean };
export type StateChange = "pause" | "resume" | "end";
export type StateResult = { ok: true; id: number; message: string } | { ok: false; error: string };
export type FlashSaleResult =
  { ok: true; id: number; productSlug: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

const GONE = { ok: false, error: "That promotion no longer exists. Reload the page.", notFound: true } as const;
type Refused = Extract<SaveResult, { ok: false }>;
const refused = (field: string, error: string): Refused => ({
  ok: false,
  error: "Please correct the highlighted fields.",
  fieldErrors: { [field]: error },
});
const duplicate = (code: string) =>
  refused("code", `There is already a coupon with the code ${code.toUpperCase()} (codes ignore case): choose another.`);
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The scope's ids, checked: product slugs resolved, categories, brands and the tier still there. */
async function resolveScope(tx: Tx, input: PromotionInput): Promise<{ ok: true; productIds: number[] } | Refused> {
  const found = input.productSlugs.length
    ? await tx.select({ id: products.id, slug: products.slug }).from(products).where(inArray(products.slug, input.productSlugs))
    : [];
  const missing = input.productSlugs.filter((s) => !found.some((p) => p.slug === s));
  if (missing.length) return refused("productSlugs", `There is no product with the slug ${missing.join(", ")}.`);
  const count = async (table: typeof categories | typeof brands, ids: number[]) =>
    ids.length ? (await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length : 0;
  if ((await count(categories, input.categoryIds)) !== input.categoryIds.length)
    return refused("categoryIds", "A chosen category no longer exists: reload the page and choose again.");
  if ((await count(brands, input.brandIds)) !== input.brandIds.length)
    return refused("brandIds", "A chosen brand no longer exists: reload the page and choose again.");
  if (input.minTierId !== null) {
    const [tier] = await tx.select({ id: memberTiers.id }).from(memberTiers).where(eq(memberTiers.id, input.minTierId));
    if (!tier) return refused("minTierId", "That member tier no longer exists: reload the page and choose again.");
  }
  return { ok: true, productIds: found.map((p) => p.id).sort((a, b) => a - b) };
}

/**
 * Creates (id null) or edits a coupon or an automatic promotion. Codes are unique
 * whatever their case; an edit keeps the kind (coupon or automatic), and a usage
 * limit never goes below the uses already counted.
 */
export async function savePromotion(id: number | null, input: PromotionInput, userId: string | null): Promise<SaveResult> {
  const { productSlugs: _slugs, ...fields } = input;
  try {
    return await db.transaction(async (tx): Promise<SaveResult> => {
      const scope = await resolveScope(tx, input);
      if (!scope.ok) return scope;
      if (input.code !== null) {
        const [taken] = await tx
          .select({ id: promotions.id })
          .from(promotions)
          .where(and(sql`lower(${promotions.code}) = lower(${input.code})`, id === null ? undefined : ne(promotions.id, id)));
        if (taken) return duplicate(input.code);
      }
      const values = { ...fields, productIds: scope.productIds };
      if (id === null) {
        const [row] = await tx
          .insert(promotions)
          .values({ ...values, createdBy: userId })
          .returning({ id: promotions.id });
        return { ok: true, id: row!.id };
      }
      // Locked: an order redeeming it meanwhile waits, so the used count compared below is the one that stays.
      const [current] = await tx
        .select({ code: promotions.code, usedCount: promotions.usedCount })
        .from(promotions)
        .where(eq(promotions.id, id))
        .for("update");
      if (!current || (current.code === null) !== (input.code === null)) return GONE;
      if (input.usageLimit !== null && input.usageLimit < current.usedCount)
        return refused(
          "usageLimit",
          `It has already been used ${current.usedCount} times: set the usage limit to at least ${current.usedCount}, or leave it empty.`,
        );
      await tx
        .update(promotions)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(promotions.id, id));
      return { ok: true, id };
    });
  } catch (error) {
    // Two merchants saving the same new code at once: the unique index decides.
    if (input.code !== null && isUniqueViolation(error, "promotions_code_key")) return duplicate(input.code);
    throw error;
  }
}

/** Pause, resume or end a promotion (ending is final). */
export async function setPromotionState(id: number, change: StateChange): Promise<StateResult> {
  const open = and(eq(promotions.id, id), isNull(promotions.endedAt));
  const set = change === "pause" ? { pausedAt: sql`now()` } : change === "resume" ? { pausedAt: null } : { endedAt: sql`now()` };
  const [row] = await db
    .update(promotions)
    .set({ ...set, updatedAt: sql`now()` })
    .where(change === "pause" ? and(open, isNull(promotions.pausedAt)) : open)
    .returning({ id: promotions.id, name: promotions.name, code: promotions.code });
  if (!row) {
    const [exists] = await db.select({ endedAt: promotions.endedAt }).from(promotions).where(eq(promotions.id, id));
    if (!exists) return { ok: false, error: GONE.error };
    return { ok: false, error: exists.endedAt ? "It has already ended." : "It is already paused." };
  }
  const name = row.code ?? row.name;
  const message = { pause: `${name} paused.`, resume: `${name} resumed.`, end: `${name} ended.` }[change];
  return { ok: true, id: row.id, message };
}

/**
 * Puts one variant (by SKU, any case) on flash sale. The sale price must be below
 * its price, and the variant may have only one sale at a time (overlapping windows are refused).
 */
export async function createFlashSale(input: FlashSaleInput, userId: string | null): Promise<FlashSaleResult> {
  return db.transaction(async (tx): Promise<FlashSaleResult> => {
    const [variant] = await tx
      .select({ id: variants.id, sku: variants.sku, price: variants.price, currency: variants.currency, slug: products.slug })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(sql`lower(${variants.sku}) = lower(${input.sku})`)
      // Serialises sales of one variant, so two overlapping ones cannot both pass the check below.
      .for("update", { of: variants });
    const field = (name: string, error: string): FlashSaleResult => ({
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { [name]: error },
    });
    if (!variant) return field("sku", `There is no variant with the SKU ${input.sku}.`);
    if (input.salePrice >= variant.price)
      return field(
        "salePrice",
        `The sale price must be below the variant's price (${formatMoney({ amount: variant.price, currency: variant.currency.trim() })}).`,
      );
    const [overlap] = await tx
      .select({ startsAt: flashSales.startsAt, endsAt: flashSales.endsAt })
      .from(flashSales)
      .where(and(eq(flashSales.variantId, variant.id), lt(flashSales.startsAt, input.endsAt), gt(flashSales.endsAt, input.startsAt)));
    if (overlap)
      return field(
        "startsAt",
        `${variant.sku} already has a flash sale from ${when(overlap.startsAt)} to ${when(overlap.endsAt)}: end it first or choose another time.`,
      );
    const [row] = await tx
      .insert(flashSales)
      .values({ ...input, variantId: variant.id, createdBy: userId })
      .returning({ id: flashSales.id });
    return { ok: true, id: row!.id, productSlug: variant.slug };
  });
}

/** Pause, resume or end a flash sale; ending moves its end to now (and its start, if it had not started). */
export async function setFlashSaleState(
  id: number,
  change: StateChange,
): Promise<{ ok: true; productSlug: string; message: string } | { ok: false; error: string }> {
  const running = and(eq(flashSales.id, id), gt(flashSales.endsAt, sql`now()`));
  const set =
    change === "pause"
      ? { pausedAt: sql`now()` }
      : change === "resume"
        ? { pausedAt: null }
        : { endsAt: sql`now()`, startsAt: sql`least(${flashSales.startsAt}, now() - interval '1 millisecond')` };
  const [row] = await db
    .update(flashSales)
    .set({ ...set, updatedAt: sql`now()` })
    .where(change === "pause" ? and(running, isNull(flashSales.pausedAt)) : running)
    .returning({ variantId: flashSales.variantId });
  if (!row) {
    const [exists] = await db.select({ id: flashSales.id }).from(flashSales).where(eq(flashSales.id, id));
    return { ok: false, error: exists ? "That flash sale has already ended or is already paused." : "That flash sale no longer exists." };
  }
  const [variant] = await db
    .select({ sku: variants.sku, slug: products.slug })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(variants.id, row.variantId));
  const done = { pause: "paused", resume: "resumed", end: "ended" }[change];
  return { ok: true, productSlug: variant!.slug, message: `Flash sale of ${variant!.sku} ${done}.` };
}
