import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { cartItems, products, variants, type ProductOption } from "@/db/schema";
import { variantTitle } from "@/lib/catalog/variant-title";

/** A cart line priced from the catalog as it is now. */
export type CheckoutLine = {
  variantId: number;
  productId: number;
  productTitle: string;
  productSlug: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  unitPrice: number;
  currency: string;
  quantity: number;
  stock: number;
  available: boolean;
};

/** The cart's lines with current prices, stock and availability, read from the database (never from the browser). */
export async function readCartLines(conn: DbOrTx, cartId: string): Promise<CheckoutLine[]> {
  const rows = await conn
    .select({
      variantId: variants.id,
      productId: products.id,
      productTitle: products.title,
      productSlug: products.slug,
      options: products.options,
      optionValues: variants.optionValues,
      sku: variants.sku,
      unitPrice: variants.price,
      currency: variants.currency,
      quantity: cartItems.quantity,
      stock: variants.stock,
      status: products.status,
      imageUrl: sql<string | null>`(
        select i.url from product_images i
        where i.product_id = ${products.id}
        order by (i.variant_id = ${variants.id}) desc nulls last, i.position
        limit 1)`,
    })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
  return rows.map(({ options, optionValues, status, ...r }) => ({
    ...r,
    variantTitle: variantTitle(options as ProductOption[], optionValues),
    available: status === "active",
  }));
}

export function subtotalOf(lines: Pick<CheckoutLine, "unitPrice" | "quantity">[]): number {
  return lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
}
