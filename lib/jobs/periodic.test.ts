import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { useOwnTestDatabase } from "@/db/testing";

// One periodic job that fails while `failing` is set: the retries and the dead letter are real.
const broken = vi.hoisted(() => ({ failing: false }));
vi.mock("@/lib/search-history/mutations", async (original) => ({
  ...(await original<typeof import("@/lib/search-history/mutations")>()),
  deleteOldSearchCounts: async () => {
    if (broken.failing) throw new Error("search counts table is locked");
    return 0;
  },
}));

// A database of this file's own: its queue runs must not take the other files' jobs, nor they these.
let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;
beforeAll(async () => {
  database = await useOwnTestDatabase("periodic");
});
afterAll(async () => {
  await database?.restore();
});
afterEach(() => {
  broken.failing = false;
});

const { PERIODIC_JOBS, PERIODIC_MAX_ATTEMPTS, schedulePeriodicJobs } = await import("./periodic");
const { drainQueue } = await import("./testing");
const { listFailedJobs } = await import("./queries");
const { retryFailedJob } = await import("./mutations");
const { placeOrder } = await import("@/lib/checkout/mutations");
const { markDelivered, shipOrder } = await import("@/lib/orders/mutations");
const { checkoutInput, createTestCart, createTestUser, createTestVariant, paidOrder, stockOf } = await import("@/lib/orders/testing");

const MINUTE = 60;
let clock = Date.UTC(2030, 0, 1);
/** The next schedule slot of a one-minute interval: a later tick of the scheduler. */
const nextSlot = () => new Date((clock += 60_000));

const queuedJobs = async () =>
  (
    await db.execute<{ task: string }>(
      sql`select task_identifier as task from graphile_worker.jobs where task_identifier like 'periodic:%' order by task_identifier`,
    )
  ).map((r) => r.task);
const statusOf = async (id: string) => (await db.select({ status: orders.status }).from(orders).where(eq(orders.id, id)))[0]?.status;
const skipBackoff = () =>
  db.execute(
    sql`select from graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where attempts < max_attempts), run_at => now())`,
  );

describe("periodic jobs on the queue (real PostgreSQL)", () => {
  it("a queued run cancels unpaid orders past due (stock back) and completes delivered orders nobody complained about", async () => {
    const { variantId } = await createTestVariant({ price: 300, stock: 3 });
    const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 3 }]), userId: null });
    if (!placed.ok) throw new Error(placed.error);
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 1000) })
      .where(eq(orders.id, placed.order.id));
    const { order: delivered } = await paidOrder("test", { stock: 2, quantity: 1 });
    const staff = await createTestUser();
    await shipOrder(delivered.id, staff, { carrier: "DHL", trackingNumber: "RUN-1" });
    await markDelivered(delivered.id, staff);
    await db
      .update(orders)
      .set({ deliveredAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(orders.id, delivered.id));

    expect(await schedulePeriodicJobs(nextSlot(), MINUTE)).toHaveLength(PERIODIC_JOBS.length);
    await drainQueue();
    expect(await statusOf(placed.order.id)).toBe("cancelled");
    expect(await stockOf(variantId)).toBe(3);
    expect(await statusOf(delivered.id)).toBe("completed");
    expect(await queuedJobs()).toEqual([]); // done jobs leave the queue
  });

  it("instances ticking in the same slot queue each job once, and a job still waiting is not queued again", async () => {
    const now = nextSlot();
    const [a, b] = await Promise.all([schedulePeriodicJobs(now, MINUTE), schedulePeriodicJobs(now, MINUTE)]);
    expect([...a, ...b].sort()).toEqual(PERIODIC_JOBS.map((j) => j.task).sort());
    expect(await queuedJobs()).toEqual(PERIODIC_JOBS.map((j) => j.task).sort());
    // The worker fell behind: the next slot adds nothing while every run still waits.
    expect(await schedulePeriodicJobs(nextSlot(), MINUTE)).toEqual([]);
    await drainQueue();
    expect(await schedulePeriodicJobs(nextSlot(), MINUTE)).toHaveLength(PERIODIC_JOBS.length);
    await drainQueue();
  });

  it("a failing job is retried with backoff, dead-lettered after its attempts with its name, and runs once retried", async () => {
    broken.failing = true;
    await schedulePeriodicJobs(nextSlot(), MINUTE);
    await drainQueue();
    const [retrying] = await db.execute<{ attempts: number; wait: number }>(sql`
      select attempts, extract(epoch from run_at - now())::float as wait from graphile_worker.jobs where task_identifier = 'periodic:prune-search-counts'`);
    expect(retrying!.attempts).toBe(1);
    expect(retrying!.wait).toBeGreaterThan(1); // e^1 s of backoff
    expect(await queuedJobs()).toEqual(["periodic:prune-search-counts"]); // the others ran

    for (let i = 1; i < PERIODIC_MAX_ATTEMPTS; i++) {
      await skipBackoff();
      await drainQueue();
    }
    const [dead] = await listFailedJobs();
    expect(dead).toMatchObject({
      task: "periodic:prune-search-counts",
      subject: { periodic: "periodic:prune-search-counts" },
      attempts: PERIODIC_MAX_ATTEMPTS,
    });
    expect(dead!.lastError).toContain("search counts table is locked");

    broken.failing = false;
    expect(await retryFailedJob(dead!.id)).toBe(true);
    await drainQueue();
    expect(await listFailedJobs()).toEqual([]);
    expect(await queuedJobs()).toEqual([]);
  });
});
