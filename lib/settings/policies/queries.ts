import "server-only";
import { eq } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { cache } from "react";
import { db, type DbOrTx } from "@/db";
import { storeSettings } from "@/db/schema";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { cachedOrDirect } from "@/lib/cache/cached-or-direct";
import { TAGS } from "@/lib/cache-tags";
import { listActiveShippingMethods } from "@/lib/checkout/shipping";
import { env } from "@/lib/env";
import { readStoreSettings } from "../queries";
import {
  freeShippingSentence,
  resolveStorePolicies,
  returnsSummaryText,
  shippingSummaryText,
  type ShippingOffer,
  type StorePolicies,
} from "./texts";

export type { StorePolicies } from "./texts";

/** Everything a shopper page says about shipping, returns and contact, worded once. */
export type ShopperPolicies = {
  policies: StorePolicies;
  storeName: string;
  currency: string;
  /** the active shipping rates, in checkout order */
  offers: ShippingOffer[];
  /** the product page's notes: the merchant's summaries, else worded from the settings and the rates */
  shipping: string;
  returns: string;
  /** "Free shipping on orders of $50.00 or more", or null */
  freeShipping: string | null;
};

/** The policy columns of the settings row, read now (uncached): for writes and code outside a page render. */
export async function readStorePolicies(conn: DbOrTx = db): Promise<StorePolicies> {
  const [row] = await conn.select().from(storeSettings).where(eq(storeSettings.id, 1)).limit(1);
  return resolveStorePolicies(row);
}

export function shopperPolicies(
  policies: StorePolicies,
  store: { storeName: string; currency: string },
  offers: ShippingOffer[],
): ShopperPolicies {
  return {
    policies,
    ...store,
    offers,
    shipping: shippingSummaryText(policies, offers, store.currency),
    returns: returnsSummaryText(policies),
    freeShipping: freeShippingSentence(offers, store.currency),
  };
}

async function readShopperPolicies(): Promise<ShopperPolicies> {
  const [policies, { storeName, currency }, methods] = await Promise.all([
    readStorePolicies(),
    readStoreSettings(),
    listActiveShippingMethods(db),
  ]);
  const offers = methods.map(({ name, price, freeOver, minDays, maxDays }) => ({ name, price, freeOver, minDays, maxDays }));
  return shopperPolicies(policies, { storeName, currency }, offers);
}

// Keyed by database like the catalog's cache; dropped by TAGS.settings when the policies, the settings or a shipping rate are saved.
const cachedShopperPolicies = unstable_cache(readShopperPolicies, [databaseCacheKey(), "store-policies"], {
  revalidate: env().CATALOG_CACHE_SECONDS,
  tags: [TAGS.settings],
});

/**
 * The policies with their texts for shopper pages (product page, footer, store
 * pages), cached across requests under TAGS.settings and once per render.
 * Where there is no data cache (Vitest, scripts, the periodic jobs) it reads the database directly; `next
 * build` has no database, so the pages it prerenders get the defaults.
 */
export const getShopperPolicies = cache(async (): Promise<ShopperPolicies> => {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    const e = env();
    return shopperPolicies(resolveStorePolicies(null), { storeName: e.STORE_NAME, currency: e.STORE_CURRENCY }, []);
  }
  return cachedOrDirect(cachedShopperPolicies, readShopperPolicies);
});

/** The store's policies (return window, refund of shipping on returns, contact details), cached like getShopperPolicies. */
export async function getStorePolicies(): Promise<StorePolicies> {
  return (await getShopperPolicies()).policies;
}
