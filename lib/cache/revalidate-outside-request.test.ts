import { afterEach, describe, expect, it } from "vitest";
import { revalidateTagsOutsideRequest } from "./revalidate-outside-request";
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
