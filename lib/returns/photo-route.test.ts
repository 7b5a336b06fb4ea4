import { asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { orderLines, orders } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { mediaStorage } from "@/lib/media/storage";
import type { Viewer } from "@/lib/orders/queries";
import { createUserWithRole } from "@/lib/products/testing";
import { paidOrderOf } from "@/lib/refunds/testing";
import { createReturn } from "./mutations";

// The media route as Next calls it, with the session and the order viewer (its cookies) stood in for.
const who = vi.hoisted(() => ({
  user: null as SessionUser | null,
  viewer: { userId: null, guestOrderIds: [], guestFullOrderIds: [] } as Viewer,
}));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => who.user }));
vi.mock("@/lib/orders/queries/viewer", async (original) => ({ ...(await original<object>()), currentViewer: async () => who.viewer }));

const { GET } = await import("@/app/media/[...key]/route");
const get = (key: string) => GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split("/") }) });

describe("GET /media/returns/…", () => {
  it("serves a return's photo to whoever may see its order and to staff, privately; nobody else finds it", async () => {
    const owner = await createUserWithRole("customer");
    const { order } = await paidOrderOf([{ price: 1000, quantity: 1 }], { userId: owner.id });
    const at = new Date(Date.now() - 86_400_000);
    await db.update(orders).set({ status: "delivered", shippedAt: at, deliveredAt: at }).where(eq(orders.id, order.id));
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.id)).orderBy(asc(orderLines.id));
    let key = "";
    const created = await createReturn(
      order.id,
      owner.id,
      { lines: [{ orderLineId: line!.id, quantity: 1 }], reason: "Scratched", resolution: "refund", exchange: {} },
      new Date(),
      async (_tx, returnId) => {
        key = `returns/${returnId}/${crypto.randomUUID()}.webp`;
        await mediaStorage().put(key, Buffer.from("RIFF0000WEBP"));
      },
    );
    expect(created.ok).toBe(true);

    // A stranger, signed out or signed in: as if there were no such file.
    who.user = null;
    expect((await get(key)).status).toBe(404);
    who.user = await createUserWithRole("customer");
    who.viewer = { userId: who.user.id, guestOrderIds: [], guestFullOrderIds: [] };
    expect((await get(key)).status).toBe(404);

    // The order's owner, and staff.
    who.user = owner;
    who.viewer = { userId: owner.id, guestOrderIds: [], guestFullOrderIds: [] };
    const mine = await get(key);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    who.user = await createUserWithRole("staff");
    who.viewer = { userId: who.user.id, guestOrderIds: [], guestFullOrderIds: [] };
    expect((await get(key)).status).toBe(200);
  });
});
