import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { cachedOrDirect } from "@/lib/cache/cached-or-direct";
import { databaseCacheKey } from "@/lib/cache/database-key";
import { TAGS } from "@/lib/cache-tags";
import { env } from "@/lib/env";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { readStorePage } from "./queries";
import { resolveStorePage } from "./resolve";
import type { StorePageSlug } from "./slugs";
import { pageContext } from "./template";

// One entry per known slug (six at most: callers check the slug first), dropped by TAGS.storePages on save.
const cachedPage = (slug: StorePageSlug, locale: Locale) =>
  unstable_cache(() => readStorePage(slug, locale), [databaseCacheKey(), "store-page", slug, locale], {
    revalidate: env().CATALOG_CACHE_SECONDS,
    tags: [TAGS.storePages],
  })();

/** A store page as shoppers read it in `locale` (cached; the placeholders worded from the cached policies). */
export const getStorePageForShoppers = cache(async (slug: StorePageSlug, locale: Locale = DEFAULT_LOCALE) => {
  const [saved, policies] = await Promise.all([
    cachedOrDirect(
      () => cachedPage(slug, locale),
      () => readStorePage(slug, locale),
    ),
    getShopperPolicies(),
  ]);
  return resolveStorePage(slug, saved, pageContext(policies));
});
