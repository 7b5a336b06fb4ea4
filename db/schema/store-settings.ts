import { sql } from "drizzle-orm";
import { boolean, char, check, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
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
    // Paid orders wait in awaiting_review until staff approve them (审核).
    reviewOrdersBeforeFulfilment: boolean().notNull().default(false),
    // Returns may be asked for this many days after delivery; a return's refund includes shipping only when this says so.
    returnWindowDays: integer().notNull().default(30),
    refundShippingOnReturn: boolean().notNull().default(false),
    // Store policies shoppers read (product page, footer, invoices); null: worded from the other settings.
    shippingSummary: text(),
    returnsSummary: text(),
    contactEmail: text(),
    contactPhone: text(),
    // The seller on invoices: postal address (several lines) and tax registration number.
    storeAddress: text(),
    storeTaxNumber: text(),
    // Prices include tax at this rate (basis points: 1300 = 13%); invoices show it as its own line. 0: no tax line.
    taxRateBasisPoints: integer().notNull().default(0),
    taxName: text().notNull().default("VAT"),
    // Back in stock: each arrived unit e-mails at most this many waiting subscribers (not all of them will buy).
    backInStockMultiple: integer().notNull().default(3),
    // The language `/` opens in on a first visit when neither the shopper's choice nor the browser's languages decide,
    // and of e-mails sent with no request behind them (lib/i18n/store-default-locale.ts). Checked by zod against LOCALES.
    defaultLocale: text().notNull().default("en"),
    // The payment methods checkout offers (ids of lib/payments/methods.ts); null: all of the active provider's.
    paymentMethods: text().array(),
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
    check("store_settings_return_window_positive", sql`${t.returnWindowDays} > 0`),
    check("store_settings_back_in_stock_multiple", sql`${t.backInStockMultiple} >= 1 AND ${t.backInStockMultiple} <= 100`),
    check("store_settings_tax_rate", sql`${t.taxRateBasisPoints} >= 0 AND ${t.taxRateBasisPoints} <= 10000`),
  ],
);

export type StoreSettingsRow = typeof storeSettings.$inferSelect;
