import { afterEach, describe, expect, it, vi } from "vitest";
import { revalidateTagsOutsideRequest } from "./revalidate-outside-request";
import { RedisCacheStore, redisCacheStore } from "./redis-store.mjs";
import { SharedTagClock } from "./shared-tags.mjs";

const clocks: SharedTagClock[] = [];
const clock = () => {
  const c = new SharedTagClock({ url: process.env.DATABASE_URL, pollMs: 50, log: () => {} });
  clocks.push(c);
  return c;
};
const unique = (name: string) => `test:${name}:${Date.now()}:${Math.random().toString(36).slice(2)}`;

async function eventually(check: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met before the deadline");
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterEach(async () => {
  await Promise.all(clocks.splice(0).map((c) => c.stop()));
});

describe("revalidating tags outside a request", () => {
  it("makes the entries carrying them stale for an instance's cache handler, at its next poll", async () => {
    const instance = clock();
    await instance.whenReady();
    const [tag, other] = [unique("recs"), unique("other")];
    const cachedAt = Date.now() - 1;
    expect(instance.revalidatedSince([tag], cachedAt)).toBe(false);
    await revalidateTagsOutsideRequest([tag, tag]);
    await eventually(() => instance.revalidatedSince(["catalog", tag], cachedAt));
    expect(instance.revalidatedSince([other], cachedAt)).toBe(false);
    // Entries written afterwards are fresh.
    expect(instance.revalidatedSince([tag], Date.now() + 1)).toBe(false);
  });

  it("never moves a tag's revalidation back in time (the greatest timestamp wins, as the handler records)", async () => {
    const tag = unique("order");
    // Never a timestamp in the future: every instance polls from its newest row on (other test files' clocks too).
    const later = Date.now();
    await revalidateTagsOutsideRequest([tag], later);
    await revalidateTagsOutsideRequest([tag], later - 30_000);
    const instance = clock();
    await instance.whenReady();
    expect(instance.revalidated.get(tag)).toBe(later);
  });

  it("tells this process's own clock at once, without waiting for a poll", async () => {
    const key = Symbol.for("mercato.sharedTagClock");
    const g = globalThis as unknown as Record<symbol, SharedTagClock | undefined>;
    const local = new SharedTagClock({ url: process.env.DATABASE_URL, pollMs: 0, log: () => {} });
    clocks.push(local);
    g[key] = local;
    try {
      await local.whenReady();
      const tag = unique("local");
      const cachedAt = Date.now() - 1;
      await revalidateTagsOutsideRequest([tag]);
      expect(local.revalidatedSince([tag], cachedAt)).toBe(true);
    } finally {
      g[key] = undefined;
    }
  });
});

// The machine's Redis when `npm test` found one (TEST_REDIS_URL).
const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("revalidating tags outside a request, with the shared cache in Redis", () => {
  it("records them where every instance's handler reads revalidations: Redis", async () => {
    const prefix = `mercato:test:${Math.random().toString(36).slice(2)}:`;
    vi.stubEnv("REDIS_URL", redisUrl!);
    vi.stubEnv("CACHE_REDIS_PREFIX", prefix);
    const reader = new RedisCacheStore({ url: redisUrl!, prefix, maxTtlSeconds: 3600, log: () => {} });
    const key = Symbol.for("mercato.redisCacheStore");
    const g = globalThis as unknown as Record<symbol, RedisCacheStore | undefined>;
    try {
      const tag = unique("recs-redis");
      const cachedAt = Date.now() - 1;
      expect(await reader.revalidatedSince([tag], cachedAt)).toBe(false);
      await revalidateTagsOutsideRequest([tag]);
      expect(await reader.revalidatedSince([tag], cachedAt)).toBe(true);
      expect(await reader.revalidatedSince([unique("other")], cachedAt)).toBe(false);
    } finally {
      await redisCacheStore()?.stop();
      g[key] = undefined;
      vi.unstubAllEnvs();
      await reader.stop();
    }
  });
});
