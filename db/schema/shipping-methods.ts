import { sql } from "drizzle-orm";
import { boolean, check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";

/** A shipping rate offered at checkout (in the store currency), e.g. Standard or Express; free when the subtotal reaches freeOver. */
export const shippingMethods = pgTable(
  "shipping_methods",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: text().notNull().unique(),
    name: text().notNull(),
    description: text().notNull().default(""),
    price: integer().notNull(),
    freeOver: integer(),
    minDays: integer().notNull(),
    maxDays: integer().notNull(),
    position: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    check("shipping_methods_price_nonnegative", sql`${t.price} >= 0`),
    check("shipping_methods_days", sql`${t.minDays} >= 0 AND ${t.maxDays} >= ${t.minDays}`),
  ],
);

export type ShippingMethodRow = typeof shippingMethods.$inferSelect;
