import "server-only";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sqlClient } from "@/db";
import { env } from "@/lib/env";
import { LIMITS, type LimitName } from "./limits";

export const RATE_LIMIT_TABLE = "rate_limits";

/**
 * RateLimiterPostgres speaks node-postgres (`query({ text, values })` →
 * `{ rows, rowCount }`); this answers it through the app's postgres.js pool, so
 * the limits need no second pool. The table comes from the migrations.
 */
const postgresStore = {
  async query(q: { text: string; values?: unknown[] }) {
    const rows = await sqlClient().unsafe(q.text, (q.values ?? []) as never[]);
    return { rows, rowCount: rows.count };
  },
};

type Holder = { __mercatoLimiters?: Map<LimitName, RateLimiterAbstract>; __mercatoRedis?: Redis };
const holder = globalThis as unknown as Holder;

function redis(url: string): Redis {
  // One retry per command: a limit check must not hang a request while Redis is away
  // (the in-memory insurance limiter answers meanwhile).
  holder.__mercatoRedis ??= new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: false });
  return holder.__mercatoRedis;
}

function create(name: LimitName): RateLimiterAbstract {
  const { points, seconds } = LIMITS[name];
  const url = env().REDIS_URL;
  if (url) {
    return new RateLimiterRedis({
      storeClient: redis(url),
      keyPrefix: `mercato:rl:${name}`,
      points,
      duration: seconds,
      // While Redis is unreachable each instance limits on its own rather than failing the request.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration: seconds }),
    });
  }
  return new RateLimiterPostgres({
    storeClient: postgresStore,
    storeType: "client",
    tableName: RATE_LIMIT_TABLE,
    tableCreated: true,
    // Expired rows are deleted by the periodic job (lib/rate-limit/prune.ts), once for every limit.
    clearExpiredByTimeout: false,
    keyPrefix: name,
    points,
    duration: seconds,
  });
}

/** The limiter of `name`, made once per process. */
export function limiter(name: LimitName): RateLimiterAbstract {
  holder.__mercatoLimiters ??= new Map();
  let found = holder.__mercatoLimiters.get(name);
  if (!found) {
    found = create(name);
    holder.__mercatoLimiters.set(name, found);
  }
  return found;
}

/** Forgets the limiters (tests switch between stores). */
export function resetLimiters(): void {
  holder.__mercatoLimiters = undefined;
}
