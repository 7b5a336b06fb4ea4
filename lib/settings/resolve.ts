import type { StoreSettingsRow } from "@/db/schema";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

/** The store's settings as the app uses them: the saved row where set, else the environment's default. */
export type StoreSettings = {
  storeName: string;
  currency: string;
  lowStockThreshold: number;
  orderPaymentTimeoutMinutes: number;
  /** unpaid orders holding flash-sale units are cancelled after this many minutes (giving the units back) */
  flashSalePaymentTimeoutMinutes: number;
  /** shipped orders count as delivered this many days after shipping, unless the shopper complained (a refund request) */
  autoDeliverAfterDays: number;
  /** delivered orders are completed this many days after delivery, unless the shopper complained */
  autoCompleteAfterDays: number;
  /** the language `/` opens in on a first visit when neither cookie nor Accept-Language decide, and of e-mails sent outside a request */
  defaultLocale: Locale;
};

/** The environment's defaults (STORE_NAME, STORE_CURRENCY, ORDER_PAYMENT_TIMEOUT_MINUTES; see lib/env.ts). */
export type SettingsDefaults = Pick<StoreSettings, "storeName" | "currency" | "orderPaymentTimeoutMinutes">;

export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

type SavedSettings = Pick<StoreSettingsRow, "storeName" | "currency" | "lowStockThreshold" | "orderPaymentTimeoutMinutes"> &
  Partial<Pick<StoreSettingsRow, "flashSalePaymentTimeoutMinutes" | "autoDeliverAfterDays" | "autoCompleteAfterDays" | "defaultLocale">>;

export const DEFAULT_FLASH_SALE_PAYMENT_MINUTES = 10;
export const DEFAULT_AUTO_DELIVER_DAYS = 7;
export const DEFAULT_AUTO_COMPLETE_DAYS = 7;

/** Merges the saved row (null columns, or no row at all, mean "use the default") over the defaults. */
export function resolveStoreSettings(row: SavedSettings | null | undefined, defaults: SettingsDefaults): StoreSettings {
  return {
    storeName: row?.storeName?.trim() || defaults.storeName,
    currency: row?.currency?.trim().toUpperCase() || defaults.currency,
    lowStockThreshold: row?.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD,
    orderPaymentTimeoutMinutes: row?.orderPaymentTimeoutMinutes ?? defaults.orderPaymentTimeoutMinutes,
    flashSalePaymentTimeoutMinutes: row?.flashSalePaymentTimeoutMinutes ?? DEFAULT_FLASH_SALE_PAYMENT_MINUTES,
    autoDeliverAfterDays: row?.autoDeliverAfterDays ?? DEFAULT_AUTO_DELIVER_DAYS,
    autoCompleteAfterDays: row?.autoCompleteAfterDays ?? DEFAULT_AUTO_COMPLETE_DAYS,
    defaultLocale: isLocale(row?.defaultLocale) ? row.defaultLocale : DEFAULT_LOCALE,
  };
}
