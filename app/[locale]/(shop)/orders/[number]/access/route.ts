import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { orderIdFromLinkKey } from "@/lib/orders/guest-link";
import { rememberGuestOrder } from "@/lib/orders/guest-access";

export const dynamic = "force-dynamic";

/** The order e-mail's link: a valid key gives this browser full access to the order, then shows it; anything else is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const { number } = await params;
  const orderId = orderIdFromLinkKey(new URL(request.url).searchParams.get("k"));
  const [order] = orderId
    ? await db.select({ id: orders.id, number: orders.number }).from(orders).where(eq(orders.id, orderId)).limit(1)
    : [];
  if (!order || order.number !== decodeURIComponent(number)) return new Response("Not found", { status: 404 });
  await rememberGuestOrder(order.id, "full");
  return new Response(null, {
    status: 303,
    headers: { Location: `/orders/${encodeURIComponent(order.number)}`, "Cache-Control": "no-store" },
  });
}
