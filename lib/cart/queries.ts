import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { cartItems, carts, products, variants } from "@/db/schema";
import { sellableStock } from "@/lib/preorders/sql";
import { storeCurrency } from "@/lib/settings/store";
import { MAX_PER_LINE, priceCart } from "./pricing";
import type { CartLine, CartView } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string can be a cart id (a uuid), so a bad value never reaches a uuid column. */
export function isCartId(value: string | null | undefined): value is string {
  return !!value && UUID.test(value);
}

// The variant's own picture, else the product's first one (as product cards choose).
const thumbnail = sql<string | null>`coalesce(
  (select i.url from product_images i where i.variant_id = ${variants.id} order by i.position, i.id limit 1),
  (select i.url from product_images i where i.product_id = ${products.id} order by i.position, i.id limit 1))`;

function variantTitle(options: { name: string }[], values: Record<string, string>): string {
  const ordered = options.map((o) => values[o.name]).filter((v): v is string => !!v);
  const extra = Object.entries(values)
    .filter(([k]) => !options.some((o) => o.name === k))
    .map(([, v]) => v);
  return [...ordered, ...extra].join(" / ");
}

const emptyCart = async (id: string | null): Promise<CartView> => ({
  id,
  lines: [],
  subtotal: 0,
  itemCount: 0,
  currency: await storeCurrency(),
});

/**
 * The cart with prices, stock and availability read from the catalog now.
 * Lines that cannot be bought stay, flagged with a notice, outside the totals.
 */
export async function getCartView(cartId: string | null): Promise<CartView> {
  if (!isCartId(cartId)) return emptyCart(null);
  const rows = await db
    .select({
      id: cartItems.id,
      variantId: cartItems.variantId,
      productId: products.id,
      quantity: cartItems.quantity,
      productSlug: products.slug,
      productTitle: products.title,
      status: products.status,
      options: products.options,
      optionValues: variants.optionValues,
      sku: variants.sku,
      imageUrl: thumbnail,
      unitPrice: variants.price,
      compareAtPrice: variants.compareAtPrice,
      currency: variants.currency,
      stock: sellableStock,
      onHand: variants.stock,
      preorderShipsOn: variants.preorderShipsOn,
    })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(cartItems.cartId, cartId))
    .orderBy(asc(cartItems.addedAt), asc(cartItems.id));
  if (rows.length === 0) return emptyCart((await cartExists(cartId)) ? cartId : null);

  const priced = priceCart(
    rows.map((r) => ({ ...r, available: r.status === "active" })),
    await storeCurrency(),
  );
  const lines: CartLine[] = priced.lines.map((l) => ({
    id: l.id,
    variantId: l.variantId,
    productId: l.productId,
    productSlug: l.productSlug,
    productTitle: l.productTitle,
    variantTitle: variantTitle(l.options, l.optionValues),
    sku: l.sku,
    imageUrl: l.imageUrl,
    unitPrice: l.unitPrice,
    compareAtPrice: l.compareAtPrice,
    currency: l.currency,
    quantity: l.quantity,
    stock: l.stock,
    lineTotal: l.lineTotal,
    available: l.available,
    purchasable: l.purchasable,
    notice: l.notice,
    // The line would be a pre-order at checkout: stock does not cover it whole.
    preorderShipsOn: l.purchasable && l.preorderShipsOn && l.onHand < l.quantity ? l.preorderShipsOn : null,
  }));
  return { id: cartId, lines, subtotal: priced.subtotal, itemCount: priced.itemCount, currency: priced.currency };
}

/** Items that can be bought now (as getCartView counts them), for the header. */
export async function getCartCount(cartId: string | null): Promise<number> {
  if (!isCartId(cartId)) return 0;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(least(${cartItems.quantity}, ${sellableStock}, ${MAX_PER_LINE})), 0)::int` })
    .from(cartItems)
    .innerJoin(variants, eq(variants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(eq(cartItems.cartId, cartId), eq(products.status, "active"), gt(sellableStock, 0), eq(variants.currency, await storeCurrency())),
    );
  return row?.n ?? 0;
}

export async function cartExists(cartId: string, tx: DbOrTx = db): Promise<boolean> {
  const [row] = await tx.select({ id: carts.id }).from(carts).where(eq(carts.id, cartId));
  return !!row;
}

/** A guest cart (no owner) by id, or null: a signed-in user's cart is never reachable through a cookie. */
export async function findGuestCartId(cartId: string | null): Promise<string | null> {
  if (!isCartId(cartId)) return null;
  const [row] = await db
    .select({ id: carts.id })
    .from(carts)
    .where(and(eq(carts.id, cartId), isNull(carts.userId)));
  return row?.id ?? null;
}

export async function findUserCartId(userId: string): Promise<string | null> {
  const [row] = await db.select({ id: carts.id }).from(carts).where(eq(carts.userId, userId));
  return row?.id ?? null;
}
