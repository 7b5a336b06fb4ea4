// @ts-check
/**
 * Next's cache entries and tag revalidation times in Redis, shared by every
 * instance (REDIS_URL): an entry rendered by one instance is served by all, and
 * a tag revalidated on one is seen by the next read on every other (its time is
 * read from Redis with the entry: no polling, no local copy to go stale).
 * Plain JavaScript: the cache handler that uses it is loaded by Node outside the bundle.
 *
 * Keys: `<prefix>e:<build id>:<cache key>`, an entry (a new build never serves
 * the previous one's pages): a hash of the entry (`v`) and the tags it answers to
 * (`t`), expiring after its `expire` (else twice its `revalidate`), at most
 * `maxTtlSeconds`; and the hash `<prefix>tags`, tag → when it was last revalidated
 * (ms). A read is one round trip: a script returns the entry with the latest
 * revalidation of its tags (and of the reader's own), read beside it. The hash has no TTL, so a Redis with
 * `maxmemory-policy volatile-lru` evicts entries but never a revalidation (which
 * would let a stale entry back); its fields older than `maxTtlSeconds` (every
 * entry written before them is gone) are pruned now and then.
 *
 * Redis unreachable: reads miss (pages render afresh), writes are dropped, one
 * log line; commands fail at once rather than queue, so no request waits for it.
 */
import { Redis } from "ioredis";

/** @param {string} message @param {unknown} [error] */
const defaultLog = (message, error) => console.warn(`[cache] ${message}${error instanceof Error ? `: ${error.message}` : ""}`);

/** Sets each tag's time unless a later one is there already (instances' clocks may be a little apart). */
const RECORD_SCRIPT = `
local at = tonumber(ARGV[1])
for i = 2, #ARGV do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '0')
  if at > current then redis.call('HSET', KEYS[1], ARGV[i], ARGV[1]) end
end
return 0`;
/**
 * An entry and, beside it, the latest time any of its tags (field `t`, one per line) or the
 * reader's (ARGV) was revalidated: 0 when none was. Nil when there is no entry.
 */
const READ_SCRIPT = `
local entry = redis.call('HMGET', KEYS[1], 'v', 't')
if not entry[1] then return nil end
local latest = 0
local function seen(tag)
  local at = tonumber(redis.call('HGET', KEYS[2], tag) or '0')
  if at > latest then latest = at end
end
if entry[2] then for tag in string.gmatch(entry[2], '[^\\n]+') do seen(tag) end end
for i = 1, #ARGV do seen(ARGV[i]) end
return {entry[1], tostring(latest)}`;
/** One revalidation in this many prunes the tag times (so a fleet prunes a few times per hundred edits). */
const PRUNE_EVERY = 100;

/**
 * Buffers and Maps (an RSC payload, a page's segments) as JSON; `this[key]` is
 * the value before Buffer#toJSON.
 * @this {any} @param {string} key @param {unknown} value
 */
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $b: raw.toString("base64") };
  if (raw instanceof Map) return { $m: [...raw] };
  return value;
}

/** @param {string} _key @param {any} value */
function reviver(_key, value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.$b === "string") return Buffer.from(value.$b, "base64");
    if (Array.isArray(value.$m)) return new Map(value.$m);
  }
  return value;
}

/** @param {unknown} entry */
export const serialize = (entry) => JSON.stringify(entry, replacer);
/** @param {string} text */
export const deserialize = (text) => JSON.parse(text, reviver);

/**
 * How long an entry is kept, in seconds.
 * @param {{ revalidate?: number | false, expire?: number } | undefined} cacheControl
 * @param {number} maxTtlSeconds
 */
export function entryTtl(cacheControl, maxTtlSeconds) {
  const expire = cacheControl?.expire;
  const revalidate = cacheControl?.revalidate;
  const wanted =
    typeof expire === "number" && Number.isFinite(expire) && expire > 0
      ? expire
      : typeof revalidate === "number" && Number.isFinite(revalidate) && revalidate > 0
        ? revalidate * 2
        : maxTtlSeconds;
  return Math.max(1, Math.min(Math.ceil(wanted), maxTtlSeconds));
}

export class RedisCacheStore {
  /**
   * @param {{ url: string, prefix: string, maxTtlSeconds: number, log?: (message: string, error?: unknown) => void }} options
   */
  constructor({ url, prefix, maxTtlSeconds, log = defaultLog }) {
    this.prefix = prefix;
    this.tagsKey = `${prefix}tags`;
    this.recorded = 0;
    this.maxTtlSeconds = maxTtlSeconds;
    this.log = log;
    this.failing = false;
    this.redis = new Redis(url, {
      // Fail at once while disconnected (the page renders instead) and keep reconnecting in the background.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 1_000,
      connectTimeout: 2_000,
      retryStrategy: (times) => Math.min(times * 200, 2_000),
    });
    this.redis.on("error", (error) => this.failed(error));
    this.redis.on("ready", () => this.recovered());
    this.redis.defineCommand("recordTags", { lua: RECORD_SCRIPT });
    this.redis.defineCommand("readEntry", { numberOfKeys: 2, lua: READ_SCRIPT });
    /** The first connection, waited for (boundedly) by the first commands; later ones fail at once while disconnected. */
    this.connected = new Promise((resolve) => {
      const timer = setTimeout(resolve, 2_000);
      timer.unref?.();
      this.redis.once("ready", () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }

  /** @param {string} buildId @param {string} key */
  entryKey(buildId, key) {
    return `${this.prefix}e:${buildId}:${key}`;
  }

  /**
   * The entry with `revalidatedAt`, the latest time (ms, 0 for never) one of its tags or of
   * `readerTags` was revalidated by any instance; undefined when absent or Redis does not answer.
   * @param {string} buildId @param {string} key @param {readonly string[]} [readerTags]
   * @returns {Promise<{ entry: any, revalidatedAt: number } | undefined>}
   */
  async get(buildId, key, readerTags = []) {
    try {
      await this.connected;
      const found = await /** @type {any} */ (this.redis).readEntry(this.entryKey(buildId, key), this.tagsKey, ...readerTags);
      if (!found) return undefined;
      const [text, at] = /** @type {[string, string]} */ (found);
      return { entry: deserialize(text), revalidatedAt: Number(at) };
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  /**
   * Writes the entry with the tags it answers to, replacing any earlier one, in one transaction.
   * @param {string} buildId @param {string} key @param {unknown} entry @param {number} ttlSeconds @param {readonly string[]} [tags]
   */
  async set(buildId, key, entry, ttlSeconds, tags = []) {
    const entryKey = this.entryKey(buildId, key);
    try {
      await this.connected;
      await this.redis
        .multi()
        .del(entryKey)
        .hset(entryKey, "v", serialize(entry), "t", [...new Set(tags)].join("\n"))
        .expire(entryKey, ttlSeconds)
        .exec();
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * Whether any of these tags was revalidated after `time`, by any instance; true
   * when Redis does not answer (the entry cannot be vouched for: render afresh).
   * @param {readonly string[]} tags @param {number} time
   */
  async revalidatedSince(tags, time) {
    if (tags.length === 0) return false;
    try {
      await this.connected;
      const times = await this.redis.hmget(this.tagsKey, ...tags);
      return times.some((at) => at != null && Number(at) > time);
    } catch (error) {
      this.failed(error);
      return true;
    }
  }

  /** Records that these tags were revalidated at `at` (never throws). @param {string[]} tags @param {number} [at] */
  async record(tags, at = Date.now()) {
    if (tags.length === 0) return;
    try {
      await this.connected;
      await /** @type {any} */ (this.redis).recordTags(1, this.tagsKey, at, ...new Set(tags));
      if (++this.recorded % PRUNE_EVERY === 1) void this.prune();
    } catch (error) {
      this.failed(error);
    }
  }

  /** Deletes the tag times no live entry can predate (in batches, without blocking Redis; never throws). */
  async prune(now = Date.now()) {
    const cutoff = now - this.maxTtlSeconds * 1000;
    try {
      let cursor = "0";
      do {
        const [next, flat] = await this.redis.hscan(this.tagsKey, cursor, "COUNT", 500);
        cursor = next;
        const old = [];
        for (let i = 0; i < flat.length; i += 2) if (Number(flat[i + 1]) < cutoff) old.push(/** @type {string} */ (flat[i]));
        if (old.length > 0) await this.redis.hdel(this.tagsKey, ...old);
      } while (cursor !== "0");
    } catch (error) {
      this.failed(error);
    }
  }

  /** @param {unknown} error */
  failed(error) {
    if (this.failing) return;
    this.failing = true;
    this.log("Redis does not answer: pages render afresh and nothing is cached until it does", error);
  }

  recovered() {
    if (!this.failing) return;
    this.failing = false;
    this.log("Redis answers again: the shared cache is back");
  }

  async stop() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

const KEY = Symbol.for("mercato.redisCacheStore");

/**
 * The process's one store, or null without REDIS_URL (kept on globalThis: Next
 * creates a cache handler per request and may load its module more than once).
 * @returns {RedisCacheStore | null}
 */
export function redisCacheStore() {
  const url = process.env.REDIS_URL;
  if (!url) return null;
  const g = /** @type {Record<symbol, RedisCacheStore | undefined>} */ (/** @type {unknown} */ (globalThis));
  const maxTtl = Number(process.env.CACHE_REDIS_MAX_TTL_SECONDS ?? 14 * 24 * 3600);
  g[KEY] ??= new RedisCacheStore({
    url,
    prefix: process.env.CACHE_REDIS_PREFIX || "mercato:cache:",
    maxTtlSeconds: Number.isFinite(maxTtl) && maxTtl >= 60 ? Math.floor(maxTtl) : 14 * 24 * 3600,
  });
  return g[KEY];
}
