import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, sqlClient } from "@/db";
import { orders } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { markDelivered, shipOrder } from "@/lib/orders/mutations";
import { checkoutInput, createTestCart, createTestUser, createTestVariant, paidOrder, stockOf } from "@/lib/orders/testing";
import { runJobsOnce } from "./runner";

describe("job runner (real PostgreSQL)", () => {
  it("a sweep cancels unpaid orders past due and puts their stock back", async () => {
    const { variantId } = await createTestVariant({ price: 300, stock: 3 });
    const placed = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 3 }]), userId: null });
    if (!placed.ok) throw new Error(placed.error);
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 1000) })
      .where(eq(orders.id, placed.order.id));
    expect(await runJobsOnce()).toBe(true);
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, placed.order.id));
    expect(row!.status).toBe("cancelled");
    expect(await stockOf(variantId)).toBe(3);
  });

  it("a sweep completes a delivered order nobody complained about for longer than the settings allow", async () => {
    const { order } = await paidOrder("test", { stock: 2, quantity: 1 });
    const staff = await createTestUser();
    await shipOrder(order.id, staff, { carrier: "DHL", trackingNumber: "RUN-1" });
    await markDelivered(order.id, staff);
    await db
      .update(orders)
      .set({ deliveredAt: new Date(Date.now() - 40 * 86_400_000) })
      .where(eq(orders.id, order.id));
    expect(await runJobsOnce()).toBe(true);
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row!.status).toBe("completed");
  });

  it("skips the sweep while another instance holds it", async () => {
    const other = await sqlClient().reserve();
    try {
      await other`select pg_advisory_lock(7270403001)`;
      expect(await runJobsOnce()).toBe(false);
      await other`select pg_advisory_unlock(7270403001)`;
      expect(await runJobsOnce()).toBe(true);
    } finally {
      other.release();
    }
  });
});
