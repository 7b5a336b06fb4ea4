import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { products, variants } from "@/db/schema";
import type { AdjustStockInput } from "./schema";
import { setStockContext } from "./stock-context";

export type AdjustResult =
  { ok: true; sku: string; slug: string; previous: number; stock: number; preordersFilled: number } | { ok: false; error: string };

/**
 * Changes one variant's stock by a signed amount, or (stocktake) to the counted
 * quantity, in one transaction whose stock context makes the ledger trigger
 * record the reason, the staff member and the note. The row is locked, so the
 * recorded change is exact and concurrent adjustments and checkouts can never
 * take the stock below zero: an adjustment that would is refused and writes
 * nothing. Stock that rises fills waiting pre-orders first (trigger
 * variants_fill_preorders): `stock` is what is left, `preordersFilled` what they took.
 */
export async function adjustStock(input: AdjustStockInput, actorId: string): Promise<AdjustResult> {
  return db.transaction(async (tx): Promise<AdjustResult> => {
    await setStockContext(tx, { reason: input.reason, actorId, note: input.note ?? "" });
    const [current] = await tx
      .select({ stock: variants.stock, sku: variants.sku, slug: products.slug })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(variants.id, input.variantId))
      .for("update", { of: variants });
    if (!current) return { ok: false, error: "This variant no longer exists." };
    const target = input.counted !== undefined ? input.counted : current.stock + input.adjustment!;
    if (target < 0) {
      return { ok: false, error: `Only ${current.stock} in stock: an adjustment of ${input.adjustment} would go below zero.` };
    }
    const [updated] = await tx
      .update(variants)
      .set({ stock: target })
      .where(eq(variants.id, input.variantId))
      .returning({ stock: variants.stock });
    return {
      ok: true,
      sku: current.sku,
      slug: current.slug,
      previous: current.stock,
      stock: updated!.stock,
      preordersFilled: target - updated!.stock,
    };
  });
}

/**
 * Sets a variant's low-stock threshold (null: follow the store default); returns its product's slug (the page's
 * "Only N left" may change), or null when the variant is gone.
 */
export async function setLowStockThreshold(variantId: number, threshold: number | null): Promise<string | null> {
  const [updated] = await db
    .update(variants)
    .set({ lowStockThreshold: threshold })
    .from(products)
    .where(and(eq(variants.id, variantId), eq(products.id, variants.productId)))
    .returning({ slug: products.slug });
  return updated?.slug ?? null;
}
