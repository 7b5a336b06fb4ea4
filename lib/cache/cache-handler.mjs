// @ts-check
/**
 * Next's cache handler (next.config.ts `cacheHandler`), in one of two modes:
 * - REDIS_URL set: entries and tag revalidation times in Redis (./redis-store.mjs),
 *   shared by every instance: a page is rendered once for the whole fleet, and a
 *   revalidation is seen by every instance's next read (no polling, no local copy).
 * - otherwise: Next's own file-system cache (memory LRU + .next on disk, per
 *   instance), plus tag revalidations shared through PostgreSQL (./shared-tags.mjs).
 *
 * An entry — an ISR page (its tags header lists its own and its implicit path
 * tags, "_N_T_/p/slug") or an unstable_cache result (its tags and the page's soft
 * tags) — is not served once any of its tags was revalidated after it was
 * written, on whichever instance: the next load renders it afresh. That holds
 * for every revalidation profile ("max" included), so a merchant's change shows
 * on the shopper's next page load, not the one after.
 *
 * Without Redis, what this process writes to disk is bounded by CACHE_MAX_DISK_MB (default
 * 1024): past it, the least recently used entries' files are deleted (./disk-lru.mjs),
 * so an anonymous loop of distinct URLs cannot fill the disk. Sizes are those of
 * the values written (HTML, RSC payload, segments, data), within a few percent of
 * the files'. Next's memory copy is bounded separately (`cacheMaxMemorySize`).
 *
 * During `next build` it is the plain file-system cache (no database, no bound:
 * the prerendered pages are the build's own).
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { DiskLru, maxDiskBytes } from "./disk-lru.mjs";
import { maxMemoryBytes } from "./memory-bound.mjs";
import { entryTtl, redisCacheStore } from "./redis-store.mjs";
import { sharedTagClock } from "./shared-tags.mjs";

/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandler} CacheHandler */
/** @typedef {import("next/dist/server/lib/incremental-cache").CacheHandlerValue} CacheHandlerValue */

/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = /** @type {any} */ (fileSystemCacheModule).default ?? fileSystemCacheModule;

const TAGS_HEADER = "x-next-cache-tags";
/**
 * A render that began before a revalidation of one of its tags may have read the
 * data before the change, so its entry is not trusted. When this process saw the
 * miss that started the render, the entry carries that time (`renderedFrom`) and
 * anything written by a render that began after the revalidation is served at once,
 * to the whole fleet; otherwise (a background refresh, an entry from before a
 * restart) the render is assumed to have begun up to this long before it was written.
 */
const IN_FLIGHT_MS = 5_000;
/** Instances' clocks differ a little (NTP keeps them within milliseconds): a miss counts as this much earlier. */
const CLOCK_MARGIN_MS = 500;
/** Misses whose render has not written yet, by key: when each was seen (the earliest, if several). */
const pendingMisses = new Map();
const MAX_PENDING = 10_000;

/** Remembers when a render of `key` may have begun (a miss), bounded: renders that never write are forgotten. */
function noteMiss(key) {
  if (pendingMisses.has(key)) return;
  if (pendingMisses.size >= MAX_PENDING) {
    const cutoff = Date.now() - 60_000;
    for (const [k, at] of pendingMisses) if (at < cutoff) pendingMisses.delete(k);
    if (pendingMisses.size >= MAX_PENDING) pendingMisses.clear();
  }
  pendingMisses.set(key, Date.now() - CLOCK_MARGIN_MS);
}

/**
 * When the render being written began, at the latest: the miss this process saw, else the
 * in-flight window before now. Forgets the miss.
 * @param {string} key
 */
function renderStart(key) {
  const seen = pendingMisses.get(key);
  pendingMisses.delete(key);
  return seen ?? Date.now() - IN_FLIGHT_MS;
}
/**
 * When the render of a stored entry began, at the latest: the time it carries (Redis entries), else
 * the one this instance noted (its file-system entries), else the in-flight window before it was written.
 * @param {string} key @param {any} data @param {boolean} shared whether the entry came from Redis
 * @returns {number}
 */
function renderBegan(key, data, shared) {
  const written = (data.lastModified ?? 0) - IN_FLIGHT_MS;
  return data.renderedFrom ?? (shared ? written : (localRenderStarts.get(key) ?? written));
}

/** Render starts of entries on this instance's file-system cache (its entries cannot carry one), the latest 20,000. */
const localRenderStarts = new Map();
const MAX_LOCAL_STARTS = 20_000;
const building = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * The tags a stored value answers to by itself: a data entry's own, a page's (its tags header).
 * @param {CacheHandlerValue["value"]} value
 * @returns {string[]}
 */
function valueTags(value) {
  if (!value) return [];
  if (value.kind === "FETCH") return value.tags ?? [];
  if (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE" || value.kind === "PAGES") {
    const header = value.headers?.[TAGS_HEADER];
    return typeof header === "string" ? header.split(",") : [];
  }
  return [];
}

/**
 * The tags the reader or writer of a data entry gives with it (its own and, on a read, the page's
 * soft tags); none for pages.
 * @param {any} ctx
 * @returns {string[]}
 */
function contextTags(ctx) {
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/**
 * The tags an entry answers to.
 * @param {CacheHandlerValue} data
 * @param {Parameters<CacheHandler["get"]>[1]} ctx
 * @returns {string[]}
 */
function entryTags(data, ctx) {
  return data.value?.kind === "FETCH" ? [...contextTags(ctx), ...valueTags(data.value)] : valueTags(data.value);
}

/** @param {Buffer | string | undefined | null} b */
const sizeOf = (b) => (b == null ? 0 : typeof b === "string" ? Buffer.byteLength(b) : b.length);

/**
 * The files an entry was written to and their size (see Next's FileSystemCache#set), or null for what is not kept on disk.
 * @param {SharedTagsCacheHandler} cache @param {string} key @param {any} data
 * @returns {{ files: string[], bytes: number } | null}
 */
function footprint(cache, key, data) {
  if (!data) return null;
  const META = 512; // the .meta file beside a page or route
  if (data.kind === "FETCH") {
    return { files: [cache.getFilePath(key, "FETCH")], bytes: sizeOf(JSON.stringify(data)) };
  }
  if (data.kind === "APP_ROUTE") {
    const body = cache.getFilePath(`${key}.body`, "APP_ROUTE");
    return { files: [body, body.replace(/\.body$/, ".meta")], bytes: sizeOf(data.body) + META };
  }
  if (data.kind === "APP_PAGE") {
    const html = cache.getFilePath(`${key}.html`, "APP_PAGE");
    let segments = 0;
    for (const [path, buffer] of data.segmentData ?? []) segments += path.length + sizeOf(buffer);
    const files = [html, html.replace(/\.html$/, ".rsc"), html.replace(/\.html$/, ".meta"), html.replace(/\.html$/, ".segments")];
    return { files, bytes: sizeOf(data.html) + sizeOf(data.rscData) + segments + META };
  }
  return null;
}

/** @type {DiskLru | undefined} */
let diskLru;
/** @type {string | undefined} */
let buildId;

/**
 * Counts a read in mercato_next_cache_requests_total through the hook that
 * lib/observability/metrics.ts leaves on globalThis (this file cannot import app code).
 * @param {boolean} hit
 */
function countRead(hit) {
  /** @type {{ __mercatoCacheResult?: (hit: boolean) => void }} */ (globalThis).__mercatoCacheResult?.(hit);
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(building() ? ctx : { ...ctx, maxMemoryCacheSize: maxMemoryBytes(process.env.CACHE_MAX_MEMORY_MB, ctx?.maxMemoryCacheSize) });
  }

  /** One bound per process, whatever number of handler instances Next makes. */
  get diskLru() {
    diskLru ??= new DiskLru({
      maxBytes: maxDiskBytes(process.env.CACHE_MAX_DISK_MB),
      evict: (_key, files) => {
        for (const file of files) rmSync(file, { force: true, recursive: true });
      },
    });
    return diskLru;
  }

  /** The build's id: Redis entries of another build (a deploy rolling out) are never served. */
  get buildId() {
    buildId ??= readFileSync(join(this.serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
    return buildId;
  }

  /** @type {CacheHandler["set"]} */
  async set(key, data, ctx) {
    const store = building() ? null : redisCacheStore();
    if (store) {
      if (!data) return;
      const cacheControl = ctx.fetchCache ? { revalidate: data.kind === "FETCH" ? data.revalidate : undefined } : ctx.cacheControl;
      const entry = {
        lastModified: Date.now(),
        renderedFrom: renderStart(key),
        value: data,
        cacheControl: ctx.fetchCache ? undefined : ctx.cacheControl,
      };
      const tags = [...valueTags(data), ...(data.kind === "FETCH" ? contextTags(ctx) : [])];
      await store.set(this.buildId, key, entry, entryTtl(cacheControl, store.maxTtlSeconds), tags);
      return;
    }
    const renderedFrom = building() ? 0 : renderStart(key);
    await super.set(key, data, ctx);
    if (building()) return;
    localRenderStarts.delete(key);
    if (data) localRenderStarts.set(key, renderedFrom);
    if (localRenderStarts.size > MAX_LOCAL_STARTS) localRenderStarts.delete(localRenderStarts.keys().next().value);
    if (!this.flushToDisk) return;
    const written = footprint(this, key, data);
    if (written) this.diskLru.add(key, written.bytes, written.files);
  }

  /**
   * The one place where a read is decided: a hit returns the entry, a miss null
   * (absent, or one of its tags revalidated since it was written, by any instance).
   * @type {CacheHandler["get"]}
   */
  async get(key, ctx) {
    if (building()) return super.get(key, ctx);
    const store = redisCacheStore();
    /** @type {CacheHandlerValue | null} */
    let data;
    let stale;
    if (store) {
      // One round trip: the entry with the latest revalidation of its tags, by any instance.
      const found = await store.get(this.buildId, key, contextTags(ctx));
      data = found ? /** @type {CacheHandlerValue} */ (found.entry) : null;
      stale = found !== undefined && (this.revalidatedHere(found.entry, ctx) || found.revalidatedAt > renderBegan(key, found.entry, true));
    } else {
      data = await super.get(key, ctx);
      stale = data !== null && (await this.staleOnThisInstance(key, data, ctx));
    }
    const hit = data !== null && !stale;
    countRead(hit);
    if (!hit) noteMiss(key);
    return hit ? data : null;
  }

  /**
   * Whether one of the entry's tags was revalidated earlier in this request (before the tag's time reaches any store).
   * @param {CacheHandlerValue} data @param {Parameters<CacheHandler["get"]>[1]} ctx
   */
  revalidatedHere(data, ctx) {
    return entryTags(data, ctx).some((tag) => this.revalidatedTags?.includes(tag));
  }

  /**
   * Without Redis: whether one of the entry's tags was revalidated after its render began (see
   * IN_FLIGHT_MS), in this request or on any instance, through the PostgreSQL-shared clock.
   * @param {string} key @param {CacheHandlerValue} data @param {Parameters<CacheHandler["get"]>[1]} ctx
   */
  async staleOnThisInstance(key, data, ctx) {
    if (this.revalidatedHere(data, ctx)) return true;
    this.diskLru.touch(key);
    const clock = sharedTagClock();
    if (!clock.loaded) await clock.whenReady(); // once per start; then a Map lookup per tag
    return clock.revalidatedSince(entryTags(data, ctx), renderBegan(key, data, false));
  }

  /** @type {CacheHandler["revalidateTag"]} */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (building()) return;
    const list = typeof tags === "string" ? [tags] : [...tags];
    const store = redisCacheStore();
    await (store ? store.record(list) : sharedTagClock().record(list));
  }
}
