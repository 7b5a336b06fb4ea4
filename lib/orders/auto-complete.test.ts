import { eq, inArray } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db";
import { orderEvents, orders, storeSettings } from "@/db/schema";
import { completeOrdersAutomatically } from "./mutations/auto-complete";
import { markDelivered, requestRefund, shipOrder } from "./mutations";
import { createTestUser, paidOrder } from "./testing";

// Timestamps are relative to the real clock and the job runs with it, so a sweep of the job runner in another test file
// (runPeriodicJobsNow in lib/mail/mail.test.ts, lib/jobs/periodic-metrics.test.ts) does to these orders what the runs here do, and these runs do to its old order what its sweep does.
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

let staff: string | undefined;
const staffId = async () => (staff ??= await createTestUser());

async function shipped(daysAgo: number) {
  const { order } = await paidOrder("test", { stock: 5, quantity: 1 });
  expect(await shipOrder(order.id, await staffId(), { carrier: "DHL", trackingNumber: `JD-${order.number}` })).toMatchObject({ ok: true });
  await db
    .update(orders)
    .set({ shippedAt: ago(daysAgo) })
    .where(eq(orders.id, order.id));
  return order;
}

async function delivered(daysAgo: number) {
  const order = await shipped(daysAgo + 2);
  expect(await markDelivered(order.id, await staffId())).toMatchObject({ ok: true });
  await db
    .update(orders)
    .set({ deliveredAt: ago(daysAgo) })
    .where(eq(orders.id, order.id));
  return order;
}

async function statusOf(orderId: string) {
  const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  return row!.status;
}

/** The system's events on these orders, per order. */
async function systemEvents(ids: string[]) {
  const rows = await db.select().from(orderEvents).where(inArray(orderEvents.orderId, ids)).orderBy(orderEvents.id);
  return (id: string) => rows.filter((e) => e.orderId === id && e.actor === "system");
}

// Only this file changes these two columns of the shared settings row; the defaults go back after each test.
const DEFAULT_DAYS = { autoDeliverAfterDays: 7, autoCompleteAfterDays: 7 };
const setDays = (days: typeof DEFAULT_DAYS) =>
  db
    .insert(storeSettings)
    .values({ id: 1, ...days })
    .onConflictDoUpdate({ target: storeSettings.id, set: days });
afterEach(() => setDays(DEFAULT_DAYS));

describe("completeOrdersAutomatically (real PostgreSQL)", () => {
  it("delivers shipped orders and completes delivered ones after 7 days; recent ones and complaints are left; two runs at once change each order once", async () => {
    await setDays(DEFAULT_DAYS);
    const oldShipped = await Promise.all([shipped(8), shipped(30), shipped(7.1)]);
    const oldDelivered = await Promise.all([delivered(8), delivered(45)]);
    const recentShipped = await shipped(6.9);
    const recentDelivered = await delivered(1);
    // A complaint: the refund request takes the order out of shipped, so the job never touches it.
    const complained = await shipped(20);
    expect(await requestRefund(complained.id, null, "The parcel never arrived")).toMatchObject({ ok: true });
    const all = [...oldShipped, ...oldDelivered, recentShipped, recentDelivered, complained].map((o) => o.id);

    const counts = await Promise.all([completeOrdersAutomatically(new Date()), completeOrdersAutomatically(new Date())]);
    expect(counts[0] + counts[1]).toBeGreaterThanOrEqual(oldShipped.length + oldDelivered.length);

    const events = await systemEvents(all);
    for (const o of oldShipped) {
      // Delivered now, so its completion waits its own 7 days: not completed in the same run.
      expect(await statusOf(o.id)).toBe("delivered");
      expect(events(o.id)).toEqual([
        expect.objectContaining({
          fromStatus: "shipped",
          toStatus: "delivered",
          actorId: null,
          note: "Delivered: no complaint within 7 days of shipping",
        }),
      ]);
    }
    for (const o of oldDelivered) {
      expect(await statusOf(o.id)).toBe("completed");
      expect(events(o.id)).toEqual([
        expect.objectContaining({
          fromStatus: "delivered",
          toStatus: "completed",
          note: "Completed: no complaint within 7 days of delivery",
        }),
      ]);
    }
    expect(await statusOf(recentShipped.id)).toBe("shipped");
    expect(await statusOf(recentDelivered.id)).toBe("delivered");
    expect(await statusOf(complained.id)).toBe("refund_requested");
    for (const o of [recentShipped, recentDelivered, complained]) expect(events(o.id)).toEqual([]);

    const [done] = await db.select().from(orders).where(eq(orders.id, oldDelivered[0]!.id));
    expect(done!.completedAt).toBeInstanceOf(Date);
    const [justDelivered] = await db.select().from(orders).where(eq(orders.id, oldShipped[0]!.id));
    expect(Date.now() - justDelivered!.deliveredAt!.getTime()).toBeLessThan(60_000);

    // A later run finds nothing more to do with these.
    await completeOrdersAutomatically(new Date());
    const again = await systemEvents(all);
    for (const id of all) expect(again(id)).toEqual(events(id));
  });

  it("follows the store's settings", async () => {
    await setDays({ autoDeliverAfterDays: 2, autoCompleteAfterDays: 30 });
    const shippedThreeDaysAgo = await shipped(3);
    const shippedYesterday = await shipped(1);
    const deliveredTenDaysAgo = await delivered(10);
    const deliveredLongAgo = await delivered(31);

    await completeOrdersAutomatically(new Date());

    expect(await statusOf(shippedThreeDaysAgo.id)).toBe("delivered");
    expect(await statusOf(shippedYesterday.id)).toBe("shipped");
    // With the default of 7 days this one would be completed.
    expect(await statusOf(deliveredTenDaysAgo.id)).toBe("delivered");
    expect(await statusOf(deliveredLongAgo.id)).toBe("completed");
    const events = await systemEvents([shippedThreeDaysAgo.id, deliveredLongAgo.id]);
    expect(events(shippedThreeDaysAgo.id).map((e) => e.note)).toEqual(["Delivered: no complaint within 2 days of shipping"]);
    expect(events(deliveredLongAgo.id).map((e) => e.note)).toEqual(["Completed: no complaint within 30 days of delivery"]);
  });
});
