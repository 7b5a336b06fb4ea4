import { type ChildProcess, spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { useOwnTestDatabase } from "@/db/testing";
import { placeOrder } from "@/lib/checkout/mutations";
import { checkoutInput, createTestCart, createTestVariant, stockOf } from "@/lib/orders/testing";

// `npm run worker` as its own process, on a database of this file's own: its queue never takes the
// other files' jobs, nor meets their orders.
let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;

beforeAll(async () => {
  database = await useOwnTestDatabase("worker");
});
afterAll(async () => {
  await database?.restore();
});

type Worker = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startWorker(env: Record<string, string>, args: string[] = []): Worker {
  const { VITEST: _vitest, VITEST_POOL_ID: _pool, VITEST_WORKER_ID: _worker, ...inherited } = process.env;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts", ...args], {
    env: { ...inherited, NODE_ENV: "production", DATABASE_URL: database.url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until(check: () => Promise<boolean> | boolean, what: () => string, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${what()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function expiredUnpaidOrder(): Promise<{ orderId: string; variantId: number }> {
  const { variantId } = await createTestVariant({ price: 700, stock: 2 });
  const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 2 }]), userId: null });
  if (!placed.ok) throw new Error(placed.error);
  await db
    .update(orders)
    .set({ paymentDueAt: new Date(Date.now() - 1000) })
    .where(eq(orders.id, placed.order.id));
  return { orderId: placed.order.id, variantId };
}

const statusOf = async (orderId: string) =>
  (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.status;

describe("npm run worker (its own process, real PostgreSQL)", () => {
  it("queues the periodic jobs at start and runs them (cancelling an unpaid order past due), then exits cleanly on SIGTERM while it waits", async () => {
    const { orderId, variantId } = await expiredUnpaidOrder();
    expect(await stockOf(variantId)).toBe(0);
    // An hour between runs: SIGTERM arrives during the pause, which must not be waited out.
    const worker = startWorker({ JOBS_INTERVAL_SECONDS: "3600" });
    try {
      await until(async () => (await statusOf(orderId)) === "cancelled", worker.output);
      expect(await stockOf(variantId)).toBe(2);
      // The runner logs pino JSON lines (lib/observability/logger.ts).
      await until(() => /"job":"cancel unpaid orders","count":1/.test(worker.output()), worker.output, 10_000);
      const stoppedAt = Date.now();
      worker.child.kill("SIGTERM");
      expect(await worker.exited).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(10_000);
      expect(worker.output()).toContain("[worker] SIGTERM: stopping after the jobs under way");
      expect(worker.output()).toContain("[worker] stopped");
    } finally {
      worker.child.kill("SIGKILL");
    }
  }, 90_000);

  it("--once queues and runs every periodic job, then exits; a bad setting stops it with the problem named", async () => {
    const { orderId } = await expiredUnpaidOrder();
    const once = startWorker({}, ["--once"]);
    expect(await once.exited).toBe(0);
    expect(once.output()).toMatch(/\[worker\] queued \d+ of \d+ periodic jobs/);
    expect(once.output()).toContain("[worker] queued jobs done");
    expect(await statusOf(orderId)).toBe("cancelled");

    const bad = startWorker({ DATABASE_PGBOUNCER: "1" });
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toContain("[worker] Invalid environment:\n  - DATABASE_DIRECT_URL: required when DATABASE_PGBOUNCER=1");
  }, 90_000);
});
