import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db";
import { cartItems, carts, products, variants } from "@/db/schema";
import { sellableStock } from "@/lib/preorders/sql";
import { clampMessage, clampQuantity, MAX_PER_LINE } from "./pricing";
import { isCartId } from "./queries";

export type CartErrorCode = "cart-not-found" | "line-not-found" | "unavailable" | "out-of-stock" | "invalid-quantity";

/** A refusal the shopper can act on; `message` is safe to show. */
export class CartError extends Error {
  constructor(
    readonly code: CartErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CartError";
  }
}

export type QuantityResult = {
  lineId: number;
  /** the line's quantity now */
  quantity: number;
  /** what was asked for (for addItem: what was already there plus what was added) */
  requested: number;
  stock: number;
  /** why the quantity is lower than asked ("Only 3 left in stock"), or null */
  clamped: string | null;
};

const CART_EXPIRED = "Your cart has expired. Please add the item again.";

/**
 * Touches the cart's updated_at and holds its row lock until the transaction
 * ends, so concurrent changes to one cart run one after another.
 */
async function lockCart(tx: Tx, cartId: string): Promise<void> {
  const [row] = isCartId(cartId)
    ? await tx
        .update(carts)
        .set({ updatedAt: sql`now()` })
        .where(eq(carts.id, cartId))
        .returning({ id: carts.id })
    : [];
  if (!row) throw new CartError("cart-not-found", CART_EXPIRED);
}

function checkQuantity(quantity: number, min: number) {
  if (!Number.isInteger(quantity) || quantity < min) {
    throw new CartError("invalid-quantity", `Enter a whole number of at least ${min}.`);
  }
}

/**
 * Adds `quantity` of a variant (to an existing line if there is one), clamped to stock and 99. Two
 * statements, as it runs for every "Add to cart": the first locks the cart (as lockCart does) and
 * reads the variant; the second, which reads the line after that lock, writes its new quantity.
 */
export async function addItem(cartId: string, variantId: number, quantity: number): Promise<QuantityResult> {
  checkQuantity(quantity, 1);
  if (!isCartId(cartId)) throw new CartError("cart-not-found", CART_EXPIRED);
  return db.transaction(async (tx) => {
    const [variant] = await tx.execute<{ cart_id: string; stock: number | null; on_hand: number | null; status: string | null }>(sql`
      with cart as (update carts set updated_at = now() where id = ${cartId} returning id)
      select cart.id as cart_id, ${sellableStock} as stock, variants.stock as on_hand, products.status
      from cart
      left join variants on variants.id = ${variantId}
      left join products on products.id = variants.product_id`);
    if (!variant) throw new CartError("cart-not-found", CART_EXPIRED);
    if (variant.status !== "active") throw new CartError("unavailable", "Sorry, this product is no longer available.");
    const stock = variant.stock!;
    if (stock <= 0) throw new CartError("out-of-stock", "Sorry, this item is out of stock.");
    const [line] = await tx.execute<{ id: number; quantity: number; existing: number | null }>(sql`
      with existing_line as (select quantity from cart_items where cart_id = ${cartId} and variant_id = ${variantId})
      insert into cart_items (cart_id, variant_id, quantity)
      values (${cartId}, ${variantId}, least(coalesce((select quantity from existing_line), 0) + ${quantity}, ${stock}, ${MAX_PER_LINE}))
      on conflict (cart_id, variant_id) do update set quantity = excluded.quantity
      returning id, quantity, (select quantity from existing_line) as existing`);
    const requested = (line!.existing ?? 0) + quantity;
    return {
      lineId: line!.id,
      quantity: line!.quantity,
      requested,
      stock,
      clamped: clampMessage(requested, stock, variant.on_hand! < stock),
    };
  });
}

/** Sets a line's quantity, clamped to stock and 99; 0 removes the line. Lines of other carts are not found. */
export async function setQuantity(cartId: string, lineId: number, quantity: number): Promise<QuantityResult> {
  checkQuantity(quantity, 0);
  if (quantity === 0) {
    await removeLine(cartId, lineId);
    return { lineId, quantity: 0, requested: 0, stock: 0, clamped: null };
  }
  return db.transaction(async (tx) => {
    await lockCart(tx, cartId);
    const [line] = await tx
      .select({ stock: sellableStock, onHand: variants.stock, status: products.status })
      .from(cartItems)
      .innerJoin(variants, eq(variants.id, cartItems.variantId))
      .innerJoin(products, eq(products.id, variants.productId))
      .where(and(eq(cartItems.id, lineId), eq(cartItems.cartId, cartId)));
    if (!line) throw new CartError("line-not-found", "That item is no longer in your cart.");
    if (line.status !== "active") throw new CartError("unavailable", "This product is no longer available: please remove it.");
    if (line.stock <= 0) throw new CartError("out-of-stock", "This item is out of stock: please remove it.");
    const next = clampQuantity(quantity, line.stock);
    await tx.update(cartItems).set({ quantity: next }).where(eq(cartItems.id, lineId));
    return {
      lineId,
      quantity: next,
      requested: quantity,
      stock: line.stock,
      clamped: clampMessage(quantity, line.stock, line.onHand < line.stock),
    };
  });
}

/** Removes one line of this cart; a line of another cart is "not found". */
export async function removeLine(cartId: string, lineId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCart(tx, cartId);
    const gone = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.id, lineId), eq(cartItems.cartId, cartId)))
      .returning({ id: cartItems.id });
    if (gone.length === 0) throw new CartError("line-not-found", "That item is no longer in your cart.");
  });
}

export async function createGuestCart(): Promise<string> {
  const [row] = await db.insert(carts).values({}).returning({ id: carts.id });
  return row!.id;
}

/** The user's cart id, created when missing (one per user), its updated_at touched. */
export async function getOrCreateUserCart(userId: string, tx: DbOrTx = db): Promise<string> {
  const [row] = await tx
    .insert(carts)
    .values({ userId })
    .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: sql`now()` } })
    .returning({ id: carts.id });
  return row!.id;
}

/**
 * Moves a guest cart's lines into the user's cart (created when missing),
 * adding quantities for variants in both, clamped to stock and 99, then
 * deletes the guest cart; one transaction. Returns the user's cart id.
 * A cart that already belongs to a user is never merged.
 */
export async function mergeCarts(guestCartId: string, userId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const userCartId = await getOrCreateUserCart(userId, tx);
    if (!isCartId(guestCartId) || guestCartId === userCartId) return userCartId;
    const [guest] = await tx.select({ id: carts.id, userId: carts.userId }).from(carts).where(eq(carts.id, guestCartId)).for("update");
    if (!guest || guest.userId !== null) return userCartId;
    // Clamped to stock (or the pre-order room), but a sold-out line keeps 1 so the shopper still sees its notice.
    await tx.execute(sql`
      insert into cart_items (cart_id, variant_id, quantity, added_at)
      select ${userCartId}, g.variant_id, greatest(1, least(g.quantity, greatest(v.stock, coalesce(v.preorder_cap - v.preorder_backlog, 0)), ${MAX_PER_LINE})), g.added_at
      from cart_items g join variants v on v.id = g.variant_id
      where g.cart_id = ${guestCartId}
      on conflict (cart_id, variant_id) do update
      set quantity = greatest(1, least(cart_items.quantity + excluded.quantity,
        (select greatest(v.stock, coalesce(v.preorder_cap - v.preorder_backlog, 0)) from variants v where v.id = excluded.variant_id), ${MAX_PER_LINE}))`);
    // The guest's coupon carries over unless the account's cart has its own.
    await tx.execute(sql`
      update carts u set coupon_code = coalesce(u.coupon_code, g.coupon_code)
      from carts g where u.id = ${userCartId} and g.id = ${guestCartId}`);
    await tx.delete(carts).where(eq(carts.id, guestCartId));
    return userCartId;
  });
}

/**
 * Deletes carts (guests' and users') untouched for `olderThanDays` days; their
 * lines go with them. Every cart mutation touches updated_at. Returns how many.
 */
export async function deleteIdleCarts(olderThanDays: number): Promise<number> {
  if (!Number.isInteger(olderThanDays) || olderThanDays < 1) throw new RangeError("olderThanDays must be a whole number ≥ 1");
  const gone = await db
    .delete(carts)
    .where(lt(carts.updatedAt, sql`now() - make_interval(days => ${olderThanDays})`))
    .returning({ id: carts.id });
  return gone.length;
}

/** Saves (or, with null, removes) the coupon the shopper applied; the caller checked it applies. */
export async function setCartCoupon(cartId: string, code: string | null): Promise<void> {
  await db.update(carts).set({ couponCode: code }).where(eq(carts.id, cartId));
}
