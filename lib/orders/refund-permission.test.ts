import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { createUserWithRole } from "@/lib/products/testing";
import { initialActionState } from "@/lib/forms/action-state";
import { paidOrder } from "./testing";
import { requestRefund } from "./mutations";

// The order actions as Next calls them, with the session and Next's request-bound helpers stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { approveRefundAction, staffCancelOrderAction } = await import("./actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const statusOf = async (id: string) => (await db.select({ s: orders.status }).from(orders).where(eq(orders.id, id)))[0]!.s;
const REFUSED = "Only an admin can refund an order or cancel a paid one: ask an admin to do it.";

beforeEach(() => {
  session.user = null;
});

describe("refunds and cancelling paid orders need the refund permission (admins)", () => {
  it("staff cannot approve a refund; an admin can", async () => {
    const { order } = await paidOrder("test", { quantity: 1 });
    await requestRefund(order.id, null, "Broken");
    session.user = await createUserWithRole("staff");
    expect(await approveRefundAction(initialActionState, form({ number: order.number }))).toEqual({ error: REFUSED });
    expect(await statusOf(order.id)).toBe("refund_requested");
    session.user = await createUserWithRole("admin");
    await expect(approveRefundAction(initialActionState, form({ number: order.number }))).rejects.toMatchObject({
      url: `/admin/orders/${order.number}?done=refunded`,
    });
    expect(await statusOf(order.id)).toBe("refunded");
  });

  it("staff cannot cancel a paid order; an admin can", async () => {
    const { order } = await paidOrder("test", { quantity: 1 });
    session.user = await createUserWithRole("staff");
    const refused = await staffCancelOrderAction(initialActionState, form({ number: order.number }));
    expect(refused.error).toBe("Only an admin can cancel a paid order, since that refunds the payment. The order was not changed.");
    expect(await statusOf(order.id)).toBe("paid");
    session.user = await createUserWithRole("admin");
    await expect(staffCancelOrderAction(initialActionState, form({ number: order.number }))).rejects.toMatchObject({
      url: `/admin/orders/${order.number}?done=cancelled`,
    });
    expect(await statusOf(order.id)).toBe("cancelled");
  });
});
