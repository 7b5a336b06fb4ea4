import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { deserialize, entryTtl, RedisCacheStore, serialize } from "./redis-store.mjs";

describe("cache entries as JSON", () => {
  it("keeps an RSC payload's bytes and a page's segments through a round trip", () => {
    const entry = {
      lastModified: 1_700_000_000_000,
      value: {
        kind: "APP_PAGE",
        html: "<h1>Mug</h1>",
        rscData: Buffer.from([0, 1, 2, 250, 255]),
        segmentData: new Map([["/_tree", Buffer.from("tree")]]),
        headers: { "x-next-cache-tags": "product:mug,_N_T_/p/mug" },
      },
      cacheControl: { revalidate: false, expire: undefined },
    };
    const back = deserialize(serialize(entry)) as typeof entry;
    expect(back.value.rscData).toEqual(entry.value.rscData);
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.segmentData).toBeInstanceOf(Map);
    expect(back.value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(back.value.headers).toEqual(entry.value.headers);
  });
});

describe("how long an entry stays in Redis", () => {
  it("its expire, else twice its revalidate, never past the bound", () => {
    expect(entryTtl({ revalidate: 60, expire: 600 }, 86_400)).toBe(600);
    expect(entryTtl({ revalidate: 60 }, 86_400)).toBe(120);
    expect(entryTtl({ revalidate: false }, 86_400)).toBe(86_400);
    expect(entryTtl(undefined, 86_400)).toBe(86_400);
    expect(entryTtl({ revalidate: 60, expire: 31_536_000 }, 86_400)).toBe(86_400);
  });
});

// The machine's Redis when `npm test` found one (TEST_REDIS_URL), or the configured one.
const redisUrl = process.env.REDIS_URL ?? process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)("the shared cache in Redis", () => {
  const prefix = `test:cache:${Date.now()}:${Math.random().toString(36).slice(2)}:`;
  const stores: RedisCacheStore[] = [];
  const store = (url = redisUrl!, log: (message: string) => void = () => {}) => {
    const s = new RedisCacheStore({ url, prefix, maxTtlSeconds: 120, log });
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.stop()));
  });
  afterAll(async () => {
    const redis = new Redis(redisUrl!);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it("an entry written by one instance is read by another, with a bounded lifetime", async () => {
    const [a, b] = [store(), store()];
    await a.set("build-1", "/p/mug", { lastModified: 5, value: { kind: "FETCH", data: { body: "x" } } }, 60);
    expect(await b.get("build-1", "/p/mug")).toEqual({
      entry: { lastModified: 5, value: { kind: "FETCH", data: { body: "x" } } },
      revalidatedAt: 0,
    });
    // Another build never sees it.
    expect(await b.get("build-2", "/p/mug")).toBeUndefined();
    const redis = new Redis(redisUrl!);
    const ttl = await redis.ttl(`${prefix}e:build-1:/p/mug`);
    await redis.quit();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it("a tag revalidated on one instance marks older entries stale on another at once; a later time wins", async () => {
    const [a, b] = [store(), store()];
    const tag = `product:${Math.random().toString(36).slice(2)}`;
    const t = Date.now();
    expect(await b.revalidatedSince([tag], t - 3_000)).toBe(false);
    await a.record([tag, tag], t - 2_000);
    expect(await b.revalidatedSince(["other", tag], t - 3_000)).toBe(true);
    expect(await b.revalidatedSince([tag], t - 2_000)).toBe(false);
    await b.record([tag], t - 2_500); // an instance whose clock is behind does not move it back
    expect(await a.revalidatedSince([tag], t - 2_100)).toBe(true);
  });

  it("a read is one round trip that brings the latest revalidation of the entry's tags and of the reader's", async () => {
    const [a, b] = [store(), store()];
    const id = Math.random().toString(36).slice(2);
    const [own, page, other] = [`product:${id}`, `_N_T_/p/${id}`, `other:${id}`];
    await a.set("build-1", `/p/${id}`, { lastModified: 1, value: { kind: "APP_PAGE" } }, 60, [own, own]);
    const t = Date.now();
    await a.record([other], t - 1_000);
    expect((await b.get("build-1", `/p/${id}`))?.revalidatedAt).toBe(0);
    await a.record([own], t - 2_000);
    await a.record([page], t - 500);
    const sent = vi.spyOn((b as unknown as { redis: { sendCommand: (...args: unknown[]) => unknown } }).redis, "sendCommand");
    expect(await b.get("build-1", `/p/${id}`)).toEqual({
      entry: { lastModified: 1, value: { kind: "APP_PAGE" } },
      revalidatedAt: t - 2_000,
    });
    expect(await b.get("build-1", `/p/${id}`, [page])).toEqual(expect.objectContaining({ revalidatedAt: t - 500 }));
    expect(sent).toHaveBeenCalledTimes(2);
    // Rewritten without tags: no revalidation applies to it any more.
    await a.set("build-1", `/p/${id}`, { lastModified: 2, value: { kind: "APP_PAGE" } }, 60);
    expect((await b.get("build-1", `/p/${id}`))?.revalidatedAt).toBe(0);
  });

  it("tag times no live entry can predate are pruned, the others kept", async () => {
    const s = store();
    const [old, recent] = ["old", "recent"].map((n) => `tag:${n}:${Math.random().toString(36).slice(2)}`) as [string, string];
    const now = Date.now();
    await s.record([old], now - 121_000); // maxTtlSeconds is 120
    await s.record([recent], now - 60_000);
    await s.prune(now);
    expect(await s.revalidatedSince([old], 0)).toBe(false);
    expect(await s.revalidatedSince([recent], 0)).toBe(true);
  });

  it("without an answering Redis, reads miss and entries count as stale, logged once, and nothing throws", async () => {
    const logs: string[] = [];
    const down = store("redis://127.0.0.1:1", (message) => logs.push(message));
    expect(await down.get("build-1", "/p/mug")).toBeUndefined();
    await down.set("build-1", "/p/mug", { lastModified: 1 }, 60);
    await down.record(["catalog"]);
    expect(await down.revalidatedSince(["catalog"], 0)).toBe(true);
    expect(logs).toHaveLength(1);
  });
});
