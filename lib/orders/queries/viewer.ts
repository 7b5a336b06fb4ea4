import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { readGuestOrders } from "../guest-access";
import { getOrderForViewer, type OrderView, type Viewer } from "./index";

/** Who is asking: the signed-in user and the orders the signed guest cookie lists (and may change). */
export async function currentViewer(): Promise<Viewer> {
  const [user, guest] = await Promise.all([getSessionUser(), readGuestOrders()]);
  return { userId: user?.id ?? null, guestOrderIds: guest.ids, guestFullOrderIds: guest.fullIds };
}

/** The order if the current visitor may see it, else null (the page answers 404). */
export async function getOrderForCurrentViewer(number: string): Promise<OrderView | null> {
  return getOrderForViewer(number.trim().toUpperCase(), await currentViewer());
}
