import { sql } from "drizzle-orm";
import { char, check, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { users } from "./users";

/**
 * The merchant's settings, one row (id 1). A null column means "use the
 * environment's default" (STORE_NAME, STORE_CURRENCY, ORDER_PAYMENT_TIMEOUT_MINUTES).
 */
export const storeSettings = pgTable(
  "store_settings",
  {
    id: smallint().primaryKey().default(1),
    storeName: text(),
    currency: char({ length: 3 }),
    lowStockThreshold: integer().notNull().default(5),
    orderPaymentTimeoutMinutes: integer(),
    // Unpaid orders holding flash-sale units are cancelled sooner, giving the units back to the sale.
    flashSalePaymentTimeoutMinutes: integer().notNull().default(10),
    // With no complaint (a refund request) in between, the job moves shipped orders to delivered, then to completed.
    autoDeliverAfterDays: integer().notNull().default(7),
    autoCompleteAfterDays: integer().notNull().default(7),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    check("store_settings_single_row", sql`${t.id} = 1`),
    check("store_settings_low_stock_nonnegative", sql`${t.lowStockThreshold} >= 0`),
    check("store_settings_timeout_positive", sql`${t.orderPaymentTimeoutMinutes} IS NULL OR ${t.orderPaymentTimeoutMinutes} > 0`),
    check("store_settings_flash_timeout_positive", sql`${t.flashSalePaymentTimeoutMinutes} > 0`),
    check("store_settings_auto_deliver_positive", sql`${t.autoDeliverAfterDays} > 0`),
    check("store_settings_auto_complete_positive", sql`${t.autoCompleteAfterDays} > 0`),
  ],
);

export type StoreSettingsRow = typeof storeSettings.$inferSelect;
