import { describe, expect, it } from "vitest";
import { DiskLru, maxDiskBytes } from "./disk-lru.mjs";

describe("the cache's size bound on disk", () => {
  it("evicts the least recently used entries once the total passes the bound, and keeps a fresh read", () => {
    const evicted: string[] = [];
    const lru = new DiskLru({ maxBytes: 100, evict: (key) => evicted.push(key) });
    lru.add("a", 40, ["a.html"]);
    lru.add("b", 40, ["b.html"]);
    lru.touch("a");
    lru.add("c", 40, ["c.html"]);
    expect(evicted).toEqual(["b"]);
    expect(lru.totalBytes).toBe(80);
    lru.add("a", 90, ["a.html"]); // rewritten bigger: counted once, and the others make room
    expect(evicted).toEqual(["b", "c"]);
    expect(lru.totalBytes).toBe(90);
    expect(lru.size).toBe(1);
  });

  it("never holds more than the bound across many entries", () => {
    const lru = new DiskLru({ maxBytes: 10_000, evict: () => {} });
    for (let i = 0; i < 5_000; i++) lru.add(`k${i}`, 100 + (i % 7) * 50, []);
    expect(lru.totalBytes).toBeLessThanOrEqual(10_000);
  });

  it("reads CACHE_MAX_DISK_MB in megabytes, 1024 by default", () => {
    expect(maxDiskBytes(undefined)).toBe(1024 * 1024 * 1024);
    expect(maxDiskBytes("8")).toBe(8 * 1024 * 1024);
  });
});
