import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { products, variants } from "@/db/schema";
import type { AdjustStockInput } from "./schema";
import { setStockContext } from "./stock-context";

export type AdjustResult = { ok: true; sku: string; slug: string; previous: number; stock: number } | { ok: false; error: string };

/**
 * Changes one variant's stock by a signed amount, or (stocktake) to the counted
 * quantity, in one transaction whose stock context makes the ledger trigger
 * record the reason, the staff member and the note. The delta is applied by a
 * conditional UPDATE, so concurrent adjustments and checkouts can never take the
 * stock below zero: an adjustment that would is refused and writes nothing.
 */
export async function adjustStock(input: AdjustStockInput, actorId: string): Promise<AdjustResult> {
  return db.transaction(async (tx): Promise<AdjustResult> => {
    await setStockContext(tx, { reason: input.reason, actorId, note: input.note ?? "" });
    const [current] = await tx
      .select({ stock: variants.stock, sku: variants.sku, slug: products.slug })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(eq(variants.id, input.variantId));
    if (!current) return { ok: false, error: "This variant no longer exists." };

    if (input.counted !== undefined) {
      // A count replaces whatever the stock is at this moment: lock the row so the recorded delta is exact.
      const [locked] = await tx.select({ stock: variants.stock }).from(variants).where(eq(variants.id, input.variantId)).for("update");
      await tx.update(variants).set({ stock: input.counted }).where(eq(variants.id, input.variantId));
      return { ok: true, sku: current.sku, slug: current.slug, previous: locked!.stock, stock: input.counted };
    }

    const delta = input.adjustment!;
    const [updated] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${delta}` })
      .where(sql`${variants.id} = ${input.variantId} and ${variants.stock} + ${delta} >= 0`)
      .returning({ stock: variants.stock });
    if (!updated) {
      const [now] = await tx.select({ stock: variants.stock }).from(variants).where(eq(variants.id, input.variantId));
      return { ok: false, error: `Only ${now?.stock ?? 0} in stock: an adjustment of ${delta} would go below zero.` };
    }
    return { ok: true, sku: current.sku, slug: current.slug, previous: updated.stock - delta, stock: updated.stock };
  });
}

/** Sets a variant's low-stock threshold (null: follow the store default); returns false when the variant is gone. */
export async function setLowStockThreshold(variantId: number, threshold: number | null): Promise<boolean> {
  const updated = await db
    .update(variants)
    .set({ lowStockThreshold: threshold })
    .where(eq(variants.id, variantId))
    .returning({ id: variants.id });
  return updated.length > 0;
}
