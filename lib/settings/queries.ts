import "server-only";
import { and, asc, count, eq, ne } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { cache } from "react";
import { db, type DbOrTx } from "@/db";
import { products, shippingMethods, storeSettings, type ShippingMethodRow } from "@/db/schema";
import { DEFAULT_BACK_IN_STOCK_MULTIPLE } from "@/lib/back-in-stock/rules";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { cachedOrDirect } from "@/lib/cache/cached-or-direct";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import {
  DEFAULT_AUTO_COMPLETE_DAYS,
  DEFAULT_AUTO_DELIVER_DAYS,
  DEFAULT_FLASH_SALE_PAYMENT_MINUTES,
  resolveStoreSettings,
  type StoreSettings,
} from "./resolve";

export type { StoreSettings } from "./resolve";

/** The saved row as the settings form shows it (null = the environment's default), with the defaults. */
export type StoreSettingsForm = {
  saved: {
    storeName: string | null;
    currency: string | null;
    lowStockThreshold: number;
    orderPaymentTimeoutMinutes: number | null;
    flashSalePaymentTimeoutMinutes: number;
    autoDeliverAfterDays: number;
    autoCompleteAfterDays: number;
    reviewOrdersBeforeFulfilment: boolean;
    backInStockMultiple: number;
    defaultLocale: Locale;
  };
  defaults: { storeName: string; currency: string; orderPaymentTimeoutMinutes: number };
};

function defaults() {
  const e = env();
  return { storeName: e.STORE_NAME, currency: e.STORE_CURRENCY, orderPaymentTimeoutMinutes: e.ORDER_PAYMENT_TIMEOUT_MINUTES };
}

async function readRow(conn: DbOrTx) {
  const [row] = await conn.select().from(storeSettings).where(eq(storeSettings.id, 1)).limit(1);
  return row ?? null;
}

/** The resolved settings read now, uncached: for writes (checkout) and code outside a page render. */
export async function readStoreSettings(conn: DbOrTx = db): Promise<StoreSettings> {
  return resolveStoreSettings(await readRow(conn), defaults());
}

// Keyed by database like the catalog's cache; dropped by TAGS.settings on save.
const cachedSettings = unstable_cache(() => readStoreSettings(), [databaseCacheKey(), "store-settings"], {
  revalidate: env().CATALOG_CACHE_SECONDS,
  tags: [TAGS.settings],
});

/**
 * The store's settings (saved value, else the environment's default), cached
 * across requests under TAGS.settings and once per render; every page's header
 * reads it. Where there is no data cache (Vitest, scripts, the periodic jobs)
 * it reads the row directly. `next build` has no database: the few pages it
 * prerenders get the defaults and are refreshed within their lifetime (app/[locale]/layout.tsx).
 */
export const getStoreSettings = cache(async (): Promise<StoreSettings> => {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return resolveStoreSettings(null, defaults());
  return cachedOrDirect(cachedSettings, () => readStoreSettings());
});

/** For the settings page: what is saved and what an empty field falls back to. */
export async function getStoreSettingsForm(): Promise<StoreSettingsForm> {
  const row = await readRow(db);
  return {
    saved: {
      storeName: row?.storeName ?? null,
      currency: row?.currency ?? null,
      lowStockThreshold: row?.lowStockThreshold ?? 5,
      orderPaymentTimeoutMinutes: row?.orderPaymentTimeoutMinutes ?? null,
      flashSalePaymentTimeoutMinutes: row?.flashSalePaymentTimeoutMinutes ?? DEFAULT_FLASH_SALE_PAYMENT_MINUTES,
      autoDeliverAfterDays: row?.autoDeliverAfterDays ?? DEFAULT_AUTO_DELIVER_DAYS,
      autoCompleteAfterDays: row?.autoCompleteAfterDays ?? DEFAULT_AUTO_COMPLETE_DAYS,
      reviewOrdersBeforeFulfilment: row?.reviewOrdersBeforeFulfilment ?? false,
      backInStockMultiple: row?.backInStockMultiple ?? DEFAULT_BACK_IN_STOCK_MULTIPLE,
      defaultLocale: isLocale(row?.defaultLocale) ? row.defaultLocale : DEFAULT_LOCALE,
    },
    defaults: defaults(),
  };
}

/** How many active products are priced in another currency than `currency` (shoppers cannot buy those). */
export async function countProductsInOtherCurrency(currency: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.status, "active"), ne(products.currency, currency)));
  return row?.n ?? 0;
}

/** Every shipping rate, active or not, in checkout order. */
export async function listShippingRates(): Promise<ShippingMethodRow[]> {
  return db.select().from(shippingMethods).orderBy(asc(shippingMethods.position), asc(shippingMethods.id));
}

export async function getShippingRate(id: number): Promise<ShippingMethodRow | null> {
  const [row] = await db.select().from(shippingMethods).where(eq(shippingMethods.id, id)).limit(1);
  return row ?? null;
}
