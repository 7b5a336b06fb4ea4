import { describe, expect, it } from "vitest";
import { db, sqlClient } from "@/db";
import { databasePoolMax } from "./config";
import { poolStats } from "./pool-stats";

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("pool stats", () => {
  it("counts transactions and reserved connections in use, and those waiting for a connection", async () => {
    const max = databasePoolMax();
    const base = { ...poolStats() };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // One more transaction than the pool has connections: one must wait.
    const holds = Array.from({ length: max + 1 }, () =>
      db.transaction(async (tx) => {
        await tx.execute("select 1");
        await gate;
      }),
    );
    await expect.poll(() => poolStats().inUse - base.inUse).toBe(max);
    expect(poolStats().waiting - base.waiting).toBe(1);
    release();
    await Promise.all(holds);
    expect(poolStats()).toEqual(base);

    const conn = await sqlClient().reserve();
    expect(poolStats().inUse - base.inUse).toBe(1);
    conn.release();
    conn.release(); // twice: counted once
    await settle();
    expect(poolStats()).toEqual(base);
  });

  it("a transaction that throws is no longer counted", async () => {
    const base = { ...poolStats() };
    await expect(
      db.transaction(async () => {
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(poolStats()).toEqual(base);
  });
});
