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

/**
 * A limiter for `name` in Redis at `redisUrl`, or in PostgreSQL without one. Once a subject is
 * refused, this instance refuses it from memory until its window ends (`inMemoryBlockOnConsumed`),
 * so a flood from one client costs no store write per request; clearing the subject lifts it.
 */
export function createLimiter(name: LimitName, redisUrl: string | undefined): RateLimiterAbstract {
  const { points, seconds } = LIMITS[name];
  const inMemoryBlockOnConsumed = points + 1;
  if (redisUrl) {
    return new RateLimiterRedis({
      storeClient: redis(redisUrl),
      keyPrefix: `mercato:rl:${name}`,
      points,
      duration: seconds,
      inMemoryBlockOnConsumed,
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
    inMemoryBlockOnConsumed,
  });
}

/** The limiter of `name`, made once per process. */
export function limiter(name: LimitName): RateLimiterAbstract {
  holder.__mercatoLimiters ??= new Map();
  let found = holder.__mercatoLimiters.get(name);
  if (!found) {
    found = createLimiter(name, env().REDIS_URL);
    holder.__mercatoLimiters.set(name, found);
  }
  return found;
}

/** Closes the Redis connection, if one was opened (tests, shutdown). */
export async function closeRateLimitStore(): Promise<void> {
  const client = holder.__mercatoRedis;
  holder.__mercatoRedis = undefined;
  holder.__mercatoLimiters = undefined;
  await client?.quit();
}
