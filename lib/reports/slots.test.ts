import { describe, expect, it } from "vitest";
import { createSlots } from "./slots";

describe("export slots", () => {
  it("lets `max` in at once, queues the rest in order, and counts a double release once", async () => {
    const slots = createSlots(2);
    const a = await slots.acquire();
    const b = await slots.acquire();
    const order: string[] = [];
    const c = slots.acquire().then((release) => (order.push("c"), release));
    const d = slots.acquire().then((release) => (order.push("d"), release));
    await Promise.resolve();
    expect([slots.busy, slots.queued, order]).toEqual([2, 2, []]);
    a();
    a();
    const releaseC = await c;
    expect([slots.busy, slots.queued, order]).toEqual([2, 1, ["c"]]);
    b();
    const releaseD = await d;
    expect(order).toEqual(["c", "d"]);
    releaseC();
    releaseD();
    expect([slots.busy, slots.queued]).toEqual([0, 0]);
  });
});
