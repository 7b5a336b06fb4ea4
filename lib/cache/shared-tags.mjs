// @ts-check
/**
 * When each cache tag was last revalidated, shared by every app instance through
 * PostgreSQL (table cache_tag_revalidations). Plain JavaScript because Next loads
 * the cache handler that uses it with Node's own loader, outside the bundle.
 *
 * Hot path: `revalidatedSince(tags, time)` reads a Map in memory. Each instance
 * polls the table every `pollMs` for rows changed since its last poll; a
 * revalidation here updates the Map at once and upserts the row (the greatest
 * timestamp wins). Without a reachable database it logs once and keeps working
 * with the revalidations made by this instance only.
 */
import postgres from "postgres";

/** Rows are re-read this long after the newest one seen: covers clocks a little apart and commits in flight. */
const OVERLAP_MS = 10_000;
/** No request waits longer than this for the database (first load, or recording a revalidation). */
const WAIT_MS = 3_000;

/** @param {string} message @param {unknown} [error] */
const defaultLog = (message, error) => console.warn(`[cache] ${message}${error instanceof Error ? `: ${error.message}` : ""}`);

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T | undefined>}
 */
function within(promise, ms) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class SharedTagClock {
  /**
   * @param {{ url: string | undefined, pollMs: number, prepare?: boolean, log?: (message: string, error?: unknown) => void }} options
   * `prepare: false` behind a transaction-mode PgBouncer (DATABASE_PGBOUNCER), like the app's own pool (db/index.ts).
   */
  constructor({ url, pollMs, prepare = true, log = defaultLog }) {
    this.url = url;
    this.prepare = prepare;
    this.pollMs = pollMs;
    this.log = log;
    /** @type {Map<string, number>} tag → when it was last revalidated (ms since epoch) */
    this.revalidated = new Map();
    /** Newest timestamp read from the table. */
    this.newest = 0;
    /** Whether the table has been read at least once (then `ready` is settled). */
    this.loaded = false;
    /** @type {Promise<void> | undefined} */
    this.ready = undefined;
    /** @type {postgres.Sql | undefined} */
    this.sql = undefined;
    /** @type {ReturnType<typeof setInterval> | undefined} */
    this.timer = undefined;
    /** @type {Promise<void> | undefined} */
    this.polling = undefined;
    this.failing = false;
  }

  /** Connects and starts polling, once; safe to call on every request. */
  start() {
    if (this.ready) return this.ready;
    if (!this.url) {
      this.log("DATABASE_URL is not set: cache revalidations stay local to this instance");
      this.loaded = true;
      this.ready = Promise.resolve();
      return this.ready;
    }
    this.sql = postgres(this.url, { max: 1, connect_timeout: 5, idle_timeout: 0, prepare: this.prepare, onnotice: () => {} });
    this.ready = this.poll().finally(() => {
      this.loaded = true;
    });
    if (this.pollMs > 0) {
      this.timer = setInterval(() => void this.poll(), this.pollMs);
      this.timer.unref?.();
    }
    return this.ready;
  }

  /** Waits (boundedly) for the first read of the table, so entries cached before this start are checked too. */
  async whenReady() {
    if (this.loaded) return;
    await within(this.start(), WAIT_MS);
  }

  /** Reads the rows changed since the last poll into the Map; one poll at a time. */
  poll() {
    const sql = this.sql;
    if (!sql) return Promise.resolve();
    this.polling ??= (async () => {
      try {
        const since = this.newest > 0 ? this.newest - OVERLAP_MS : 0;
        const rows = await sql`select tag, revalidated_at::float8 as at from cache_tag_revalidations where revalidated_at > ${since}`;
        for (const row of rows) this.remember(String(row.tag), Number(row.at));
        this.recovered();
      } catch (error) {
        this.failed("cannot read shared cache revalidations", error);
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  /** @param {string} tag @param {number} at */
  remember(tag, at) {
    if (at > (this.revalidated.get(tag) ?? 0)) this.revalidated.set(tag, at);
    if (at > this.newest) this.newest = at;
  }

  /**
   * Records that these tags were revalidated now: in memory at once, then in the
   * table for the other instances (waits for the write, boundedly; never throws).
   * @param {string[]} tags
   * @param {number} [at]
   */
  async record(tags, at = Date.now()) {
    if (tags.length === 0) return;
    for (const tag of tags) if (at > (this.revalidated.get(tag) ?? 0)) this.revalidated.set(tag, at);
    this.start();
    const sql = this.sql;
    if (!sql) return;
    const write = sql`
      insert into cache_tag_revalidations (tag, revalidated_at)
      select distinct tag, ${at}::bigint from json_array_elements_text(${JSON.stringify(tags)}::text::json) as t(tag)
      on conflict (tag) do update
        set revalidated_at = greatest(cache_tag_revalidations.revalidated_at, excluded.revalidated_at)`
      .then(() => this.recovered())
      .catch((error) => this.failed("cannot share a cache revalidation with other instances", error));
    await within(write, WAIT_MS);
  }

  /**
   * Whether any of these tags was revalidated after `time` (an entry's lastModified), by any instance.
   * @param {readonly string[]} tags
   * @param {number} time
   */
  revalidatedSince(tags, time) {
    for (const tag of tags) {
      const at = this.revalidated.get(tag);
      if (at !== undefined && at > time) return true;
    }
    return false;
  }

  /** @param {string} what @param {unknown} error */
  failed(what, error) {
    if (this.failing) return;
    this.failing = true;
    this.log(`${what}; serving with this instance's revalidations only until the database answers`, error);
  }

  recovered() {
    if (!this.failing) return;
    this.failing = false;
    this.log("shared cache revalidations are readable again");
  }

  /** Stops polling and closes the connection (tests). */
  async stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
    await this.sql?.end({ timeout: 1 });
    this.sql = undefined;
  }
}

const KEY = Symbol.for("mercato.sharedTagClock");

/**
 * The instance's clock if the cache handler has made one, else undefined (a worker process, a test):
 * writers outside a request tell it at once instead of waiting for its next poll.
 * @returns {SharedTagClock | undefined}
 */
export function existingSharedTagClock() {
  return /** @type {Record<symbol, SharedTagClock | undefined>} */ (/** @type {unknown} */ (globalThis))[KEY];
}

/**
 * The instance's one clock (kept on globalThis: Next creates a cache handler per
 * request and may load its module more than once).
 * @returns {SharedTagClock}
 */
export function sharedTagClock() {
  const g = /** @type {Record<symbol, SharedTagClock | undefined>} */ (/** @type {unknown} */ (globalThis));
  const existing = g[KEY];
  if (existing) return existing;
  const poll = Number(process.env.CACHE_TAG_POLL_MS ?? 1000);
  // Validated at boot by lib/env.ts (db/config.ts); read raw here, outside the bundle.
  const pgBouncer = process.env.DATABASE_PGBOUNCER === "1" || process.env.DATABASE_PGBOUNCER === "true";
  const clock = new SharedTagClock({
    url: process.env.DATABASE_URL,
    pollMs: Number.isFinite(poll) && poll >= 50 ? poll : 1000,
    prepare: !pgBouncer,
  });
  g[KEY] = clock;
  return clock;
}
