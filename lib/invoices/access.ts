import "server-only";
import { requireStaffAction } from "@/lib/auth/staff";
import { canView } from "@/lib/orders/queries";
import { currentViewer } from "@/lib/orders/queries/viewer";
import { findOrderByNumber } from "./queries";

/**
 * The order behind a shopper's download link, if this visitor may see the order
 * page (the account that placed it, or a browser whose signed guest cookie holds
 * it); null for anybody else, exactly as for an order that does not exist.
 */
export async function orderForShopperDownload(number: string): Promise<{ id: string } | null> {
  const order = await findOrderByNumber(decodeURIComponent(number));
  if (!order || !canView(order, await currentViewer())) return null;
  return order;
}

/** The order behind a back-office download link, for staff only (checked here, whatever the proxy did). */
export async function orderForStaffDownload(number: string): Promise<{ id: string } | null> {
  const staff = await requireStaffAction();
  if (!staff.ok) return null;
  return findOrderByNumber(decodeURIComponent(number));
}
