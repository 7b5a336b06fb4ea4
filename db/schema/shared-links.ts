import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export type SharedCartItem = { variantId: number; quantity: number };

/** A snapshot of a cart's items behind an unguessable link (/cart/shared/<token>); prices are never stored. */
export const sharedCarts = pgTable(
  "shared_carts",
  {
    token: text().primaryKey(),
    items: jsonb().$type<SharedCartItem[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("shared_carts_expires_idx").on(t.expiresAt)],
);

/** A snapshot of a shopper's favourites behind an unguessable read-only link (/favourites/shared/<token>). */
export const sharedFavourites = pgTable(
  "shared_favourites",
  {
    token: text().primaryKey(),
    productIds: jsonb().$type<number[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("shared_favourites_expires_idx").on(t.expiresAt)],
);
