import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { products, stockSubscriptions, variants } from "@/db/schema";

export type SubscribeResult = { ok: true; inStock: boolean } | { ok: false; error: string };

/**
 * Puts the address on the variant's waiting list, once: a second `Notify me`
 * while one is pending changes nothing (and the caller answers alike, so the
 * form never tells whether an address was already on the list). A variant in
 * stock again takes no subscription: the shopper can buy it now.
 */
export async function subscribeToVariant(variantId: number, email: string, userId: string | null): Promise<SubscribeResult> {
  const [variant] = await db
    .select({ stock: variants.stock })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(and(eq(variants.id, variantId), eq(products.status, "active")))
    .limit(1);
  if (!variant) return { ok: false, error: "This product is no longer sold." };
  if (variant.stock > 0) return { ok: true, inStock: true };
  await db
    .insert(stockSubscriptions)
    .values({ variantId, email, userId })
    .onConflictDoNothing({
      target: [stockSubscriptions.variantId, stockSubscriptions.email],
      where: sql`${stockSubscriptions.notifiedAt} IS NULL`,
    });
  return { ok: true, inStock: false };
}
