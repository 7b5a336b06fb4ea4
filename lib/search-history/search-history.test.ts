import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { searchCounts } from "@/db/schema";
import { createTestUser } from "@/lib/accounts/testing";
import { clearHistory, countSearch, recordHistory, removeHistoryEntry } from "./mutations";
import { listPopularSearches, listRecentSearches } from "./queries";
import { HISTORY_KEPT } from "./rules";

describe("search history (real PostgreSQL)", () => {
  it("keeps each search once, newest first, at most 20 per shopper", async () => {
    const user = await createTestUser();
    for (let i = 0; i < HISTORY_KEPT + 5; i++) await recordHistory(user.id, `query ${i}`);
    await recordHistory(user.id, "  QUERY   0 "); // searched again: back to the front, not twice
    const all = await listRecentSearches(user.id, 100);
    expect(all).toHaveLength(HISTORY_KEPT);
    expect(all[0]).toBe("query 0");
    expect(all[1]).toBe(`query ${HISTORY_KEPT + 4}`);
    expect(all).not.toContain("query 1"); // the oldest went
    expect(new Set(all).size).toBe(HISTORY_KEPT);
  });

  it("removes one search (in any spelling), clears all, and never touches another shopper's", async () => {
    const [a, b] = await Promise.all([createTestUser(), createTestUser()]);
    for (const q of ["linen shirt", "tea", "mug"]) await recordHistory(a.id, q);
    await recordHistory(b.id, "tea");
    await removeHistoryEntry(a.id, "Linen Shirt");
    expect(await listRecentSearches(a.id)).toEqual(["mug", "tea"]);
    await clearHistory(a.id);
    expect(await listRecentSearches(a.id)).toEqual([]);
    expect(await listRecentSearches(b.id)).toEqual(["tea"]);
  });

  it("popular searches: counted per day, shown from the minimum count up, older than a week ignored", async () => {
    const tag = randomUUID().slice(0, 8);
    const often = `often ${tag}`;
    const once = `once ${tag}`;
    const old = `old ${tag}`;
    await Promise.all([countSearch(often), countSearch(often.toUpperCase()), countSearch(often)]);
    const [today] = await db.select().from(searchCounts).where(eq(searchCounts.query, often));
    expect(today!.count).toBe(3);
    // Well above what other tests count, so it is among the top few.
    await db.update(searchCounts).set({ count: 1_000_000 }).where(eq(searchCounts.query, often));
    await countSearch(once);
    await db.insert(searchCounts).values({ day: "2020-01-01", query: old, count: 100_000 });
    const popular = await listPopularSearches();
    expect(popular).toContain(often);
    expect(popular).not.toContain(once);
    expect(popular).not.toContain(old);
  });
});
