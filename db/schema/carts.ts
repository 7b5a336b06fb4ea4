import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { users } from "./users";
import { variants } from "./variants";

/** A cart: a guest's (found through a signed cookie) or a user's (one per user). */
export const carts = pgTable(
  "carts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .unique()
      .references(() => users.id, { onDelete: "cascade" }),
    // The coupon the shopper applied (as typed); checked again on every read and at checkout.
    couponCode: text(),
    ...timestamps,
  },
  (t) => [index("carts_updated_idx").on(t.updatedAt)],
);

/** One variant in a cart. Prices are never stored here: they are read from the catalog each time. */
export const cartItems = pgTable(
  "cart_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    cartId: uuid()
      .notNull()
      .references(() => carts.id, { onDelete: "cascade" }),
    variantId: integer()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    quantity: integer().notNull(),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("cart_items_cart_variant_key").on(t.cartId, t.variantId), check("cart_items_quantity_positive", sql`${t.quantity} > 0`)],
);

export type CartRow = typeof carts.$inferSelect;
export type CartItemRow = typeof cartItems.$inferSelect;
