import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { SharedTagClock } from "./shared-tags.mjs";

const url = process.env.DATABASE_URL!;
const clocks: SharedTagClock[] = [];
const quiet = () => {};
const clock = (opts: Partial<ConstructorParameters<typeof SharedTagClock>[0]> = {}) => {
  const c = new SharedTagClock({ url, pollMs: 50, log: quiet, ...opts });
  clocks.push(c);
  return c;
};
const unique = (name: string) => `test:${name}:${Date.now()}:${Math.random().toString(36).slice(2)}`;

/** Waits (up to a deadline) until `check` holds. */
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

describe("shared cache tag revalidations", () => {
  it("a revalidation recorded by one instance reaches another at its next poll", async () => {
    const a = clock();
    const b = clock();
    await Promise.all([a.whenReady(), b.whenReady()]);
    const tag = unique("product");
    const cachedAt = Date.now() - 1;
    expect(b.revalidatedSince([tag], cachedAt)).toBe(false);
    await a.record([tag]);
    expect(a.revalidatedSince([tag], cachedAt)).toBe(true); // at once, here
    await eventually(() => b.revalidatedSince([tag], cachedAt));
    // Entries written after the revalidation stay fresh.
    expect(b.revalidatedSince([tag], Date.now() + 1)).toBe(false);
  });

  it("an instance that starts later knows of earlier revalidations before serving anything", async () => {
    const tag = unique("catalog");
    await clock().record([tag], 1_000);
    const late = clock({ pollMs: 60_000 });
    await late.whenReady();
    expect(late.revalidatedSince(["other", tag], 999)).toBe(true);
    expect(late.revalidatedSince([tag], 1_000)).toBe(false);
  });

  it("keeps the latest time when revalidations arrive out of order", async () => {
    const tag = unique("banners");
    const a = clock();
    await a.record([tag], 5_000);
    await a.record([tag], 4_000);
    const sql = postgres(url, { max: 1 });
    const [row] = await sql<{ at: string }[]>`select revalidated_at::text as at from cache_tag_revalidations where tag = ${tag}`;
    await sql.end();
    expect(Number(row!.at)).toBe(5_000);
    expect(a.revalidatedSince([tag], 4_500)).toBe(true);
  });

  it("without a database it logs once and keeps this instance's revalidations", async () => {
    const messages: string[] = [];
    const offline = clock({ url: "postgres://postgres@127.0.0.1:1/none", log: (m) => messages.push(m) });
    await offline.whenReady();
    const tag = unique("product");
    const before = Date.now() - 1;
    await expect(offline.record([tag])).resolves.toBeUndefined();
    await offline.poll();
    expect(offline.revalidatedSince([tag], before)).toBe(true);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/this instance's revalidations only/);
  });
});
