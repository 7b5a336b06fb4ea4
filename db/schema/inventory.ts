import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orders } from "./orders";
import { users } from "./users";
import { variants } from "./variants";

/** Why a variant's stock changed. `initial` is the stock a variant was created with. */
export const stockReason = pgEnum("stock_reason", [
  "initial",
  "received",
  "correction",
  "stocktake",
  "damaged",
  "order",
  "cancel",
  "refund",
  // A returned item put back on the shelf once received, and an exchange's new variant going out.
  "return",
  "exchange",
]);

/**
 * The inventory ledger: one row per change of a variant's stock, written by a
 * trigger on `variants` whoever changes it, so a variant's stock always equals
 * the sum of its rows' `delta`. Writers say why through transaction-local
 * settings (see lib/inventory/stock-context.ts).
 */
export const inventoryMovements = pgTable(
  "inventory_movements",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    variantId: integer()
      .notNull()
      .references(() => variants.id, { onDelete: "cascade" }),
    delta: integer().notNull(),
    stockAfter: integer().notNull(),
    reason: stockReason().notNull(),
    note: text().notNull().default(""),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    orderId: uuid().references(() => orders.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("inventory_movements_variant_idx").on(t.variantId, t.createdAt.desc()),
    index("inventory_movements_order_idx").on(t.orderId),
    index("inventory_movements_created_idx").on(t.createdAt.desc()),
  ],
);

export type InventoryMovementRow = typeof inventoryMovements.$inferSelect;
export type StockReason = (typeof stockReason.enumValues)[number];
