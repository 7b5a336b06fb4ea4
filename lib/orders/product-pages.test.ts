import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orderLines, products, variants } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { initialActionState } from "@/lib/forms/action-state";
import { createUserWithRole } from "@/lib/products/testing";
import { requestRefund } from "./mutations";
import { paidOrder } from "./testing";

// Staff order actions as Next calls them, with the session and Next's request-bound helpers stood in for:
// which product pages (cached, tagged product:<slug>) each one drops after the order's stock or pre-orders moved.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
const revalidated = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", async (original) => ({
  ...(await original<object>()),
  revalidatePath: () => {},
  revalidateTag: (tag: string) => revalidated.tags.push(tag),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { approveRefundAction, staffCancelOrderAction } = await import("./actions");
const { refundWithoutReturnAction } = await import("@/lib/refunds/actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** Renames the product of `variantId` (a line keeps the slug it was ordered under); returns the new slug. */
async function renameProduct(variantId: number): Promise<string> {
  const [v] = await db.select({ productId: variants.productId }).from(variants).where(eq(variants.id, variantId));
  const slug = `renamed-${crypto.randomUUID()}`;
  await db.update(products).set({ slug }).where(eq(products.id, v!.productId));
  return slug;
}

beforeEach(async () => {
  revalidated.tags.length = 0;
  session.user = await createUserWithRole("admin");
});

describe("staff order actions drop the cached pages of the order's products, under their current slug", () => {
  it("cancelling a paid order puts its stock back on the page of a product renamed since the order", async () => {
    const { order, variantId } = await paidOrder("test", { quantity: 1 });
    const slug = await renameProduct(variantId);
    const [line] = await db.select({ slug: orderLines.productSlug }).from(orderLines).where(eq(orderLines.orderId, order.id));
    expect(line!.slug).not.toBe(slug);
    await expect(staffCancelOrderAction(initialActionState, form({ number: order.number }))).rejects.toMatchObject({
      url: `/admin/orders/${order.number}?done=cancelled`,
    });
    expect(revalidated.tags).toEqual([`product:${slug}`]);
  });

  it("approving a refund without restocking still drops the page (waiting pre-orders go back to their limit)", async () => {
    const { order, variantId } = await paidOrder("test", { quantity: 1 });
    const slug = await renameProduct(variantId);
    await requestRefund(order.id, null, "Broken");
    await expect(approveRefundAction(initialActionState, form({ number: order.number }))).rejects.toMatchObject({
      url: `/admin/orders/${order.number}?done=refunded`,
    });
    expect(revalidated.tags).toEqual([`product:${slug}`]);
  });

  it("a refund without a return drops the page", async () => {
    const { order, variantId } = await paidOrder("test", { quantity: 1 });
    const slug = await renameProduct(variantId);
    const [line] = await db.select({ id: orderLines.id }).from(orderLines).where(eq(orderLines.orderId, order.id));
    const result = await refundWithoutReturnAction(
      initialActionState,
      form({ number: order.number, [`qty-${line!.id}`]: "1", shipping: "on", reason: "Never arrived" }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(revalidated.tags).toEqual([`product:${slug}`]);
  });
});
