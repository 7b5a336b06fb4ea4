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
 * What this process writes to disk is bounded by CACHE_MAX_DISK_MB (default
 * 256): past it, the least recently used entries' files are deleted (./disk-lru.mjs),
 * so an anonymous loop of distinct URLs cannot fill the disk. Sizes are those of
 * the values written (HTML, RSC payload, segments, data), within a few percent of
 * the files'. Next's memory copy is bounded separately (`cacheMaxMemorySize`).
 *
 * During `next build` it is the plain file-system cache (no database, no bound:
 * the prerendered pages are the build's own).
 */
import { rmSync } from "node:fs";
import fileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { DiskLru, maxDiskBytes } from "./disk-lru.mjs";
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

/**
 * Counts a read in mercato_next_cache_requests_total through the hook that
 * lib/observability/metrics.ts leaves on globalThis (this file cannot import app code).
 * @param {boolean} hit
 */
function countRead(hit) {
  /** @type {{ __mercatoCacheResult?: (hit: boolean) => void }} */ (globalThis).__mercatoCacheResult?.(hit);
}

export default class SharedTagsCacheHandler extends FileSystemCache {
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

  /** @type {CacheHandler["set"]} */
  async set(key, data, ctx) {
    await super.set(key, data, ctx);
    if (building() || !this.flushToDisk) return;
    const written = footprint(this, key, data);
    if (written) this.diskLru.add(key, written.bytes, written.files);
  }

  /** @type {CacheHandler["get"]} */
  async get(key, ctx) {
    const data = await super.get(key, ctx);
    if (building()) return data;
    if (!data) {
      countRead(false);
      return data;
    }
    this.diskLru.touch(key);
    const clock = sharedTagClock();
    if (!clock.loaded) await clock.whenReady(); // once per start; then a Map lookup per tag
    if (clock.revalidatedSince(entryTags(data, ctx), (data.lastModified ?? 0) - IN_FLIGHT_MS)) {
      countRead(false);
      return null;
    }
    countRead(true);
    return data;
  }

  /** @type {CacheHandler["revalidateTag"]} */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    if (building()) return;
    await sharedTagClock().record(typeof tags === "string" ? [tags] : [...tags]);
  }
}
