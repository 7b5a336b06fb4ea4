// @ts-check
/**
 * Next's cache handler (next.config.ts `cacheHandler`): Next's own file-system
 * cache (memory LRU + .next on disk, per instance), plus tag revalidations shared
 * by every instance through PostgreSQL (./shared-tags.mjs).
 *
 * An entry — an ISR page (its tags header lists its own and its implicit path
 * tags, "_N_T_/p/slug") or an unstable_cache result (its tags and the page's soft
 * tags) — is not served once any of its tags was revalidated after it was
 * written, on whichever instance: the next load renders it afresh. That holds
 * for every revalidation profile ("max" included), so a merchant's change shows
 * on the shopper's next page load, not the one after.
 *
 * During `next build` it is the plain file-system cache (no database).
 */
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { sharedTagClock } from "./shared-tags.mjs";

/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandler} CacheHandler */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue */

/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = /** @type {any} */ (fileSystemCacheModule).default ?? fileSystemCacheModule;

const TAGS_HEADER = "x-next-cache-tags";
/**
 * An entry written this soon after a revalidation of one of its tags may come
 * from a render that read its data before the change (a shopper's request that
 * was already under way): it is not trusted, so the next load renders again.
 */
const IN_FLIGHT_MS = 5_000;
const building = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * The tags an entry answers to.
 * @param {CacheHandlerValue} data
 * @param {Parameters<CacheHandler["get"]>[1]} ctx
 * @returns {string[]}
 */
function entryTags(data, ctx) {
  const value = data.value;
  if (!value) return [];
  if (value.kind === "FETCH") {
    const fetchCtx = /** @type {{ tags?: string[], softTags?: string[] }} */ (ctx);
    return [...(fetchCtx.tags ?? []), ...(fetchCtx.softTags ?? []), ...(value.tags ?? [])];
  }
  if (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE" || value.kind === "PAGES") {
    const header = value.headers?.[TAGS_HEADER];
    return typeof header === "string" ? header.split(",") : [];
  }
  return [];
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /** @type {CacheHandler["get"]} */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (!data || building()) return data;
    const clock = sharedTagClock();
    if (!clock.loaded) await clock.whenReady(); // once per start; then a Map lookup per tag
    if (clock.revalidatedSince(entryTags(data, ctx), (data.lastModified ?? 0) - IN_FLIGHT_MS)) return null;
    return data;
  }

  /** @type {CacheHandler["revalidateTag"]} */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (building()) return;
    await sharedTagClock().record(typeof tags === "string" ? [tags] : [...tags]);
  }
}
