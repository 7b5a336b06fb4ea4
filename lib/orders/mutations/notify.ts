import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orderLines, orders, type OrderRow } from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { formatMoney } from "@/lib/money";
import { preorderLabel } from "@/lib/preorders/rules";
import { guestOrderLink } from "../guest-link";
import { listOrderDiscounts } from "../queries/discounts";
import { formatTotalsAmount, orderTotalsRows } from "../totals";

/** The e-mails that repeat the pre-order promise: until the order ships. */
const PROMISE_ON: readonly OrderRow["status"][] = ["pending_payment", "paid", "awaiting_review"];

type Message = { template: string; subject: string; intro: string };

function messageFor(order: OrderRow): Message | null {
  switch (order.status) {
    case "pending_payment":
      return {
        template: "order-placed",
        subject: `We received your order ${order.number}`,
        intro: "Thank you for your order. It is reserved for you until payment arrives.",
      };
    case "paid":
      return {
        template: "order-paid",
        subject: `Payment received for order ${order.number}`,
        intro: "Your payment arrived: we are preparing your order.",
      };
    case "awaiting_review":
      // The same e-mail as for paid (the shop checks paid orders before preparing them).
      return {
        template: "order-paid",
        subject: `Payment received for order ${order.number}`,
        intro: "Your payment arrived. We check each order before preparing it, and e-mail you again when it ships.",
      };
    case "shipped":
      return {
        template: "order-shipped",
        subject: `Your order ${order.number} is on its way`,
        intro: `Your order was handed to ${order.carrier ?? "the carrier"}${order.trackingNumber ? ` with tracking number ${order.trackingNumber}` : ""}.`,
      };
    case "cancelled":
      // Sent only when the shop cancels (see staffCancelOrder); the shopper who cancels sees it on the page.
      return {
        template: "order-cancelled",
        subject: `Your order ${order.number} was cancelled`,
        intro: order.paidAt
          ? "We had to cancel your order. Your payment is refunded in full and should reach you within a few days."
          : "We cancelled your order. Nothing was charged.",
      };
    case "refunded":
      return {
        template: "order-refunded",
        subject: `Refund for order ${order.number}`,
        intro: "We refunded your order. The money should reach you within a few days.",
      };
    default:
      return null;
  }
}

export type PreorderMailLine = { title: string; shipsOn: string };

/**
 * The e-mail text for an order's current status (with its totals, each discount on its own line, and, until it
 * ships, each pre-order line's promise), or null when that status sends none.
 */
export function orderMail(
  order: OrderRow,
  siteUrl: string,
  discounts: readonly { label: string; amount: number; target?: "items" | "shipping" }[] = [],
  preorders: readonly PreorderMailLine[] = [],
): { subject: string; text: string; template: string; secrets: string[] } | null {
  const message = messageFor(order);
  if (!message) return null;
  const origin = siteUrl.replace(/\/$/, "");
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  // A guest's link lets whoever holds it manage the order: a secret, redacted from the stored copy.
  const link = order.userId ? null : guestOrderLink(origin, order);
  const access = !link
    ? `See your order: ${origin}/orders/${order.number}`
    : `See and manage your order (keep this link to yourself): ${link}\nTo only look it up, open ${origin}/track and enter the order number ${order.number} with this e-mail address.`;
  const text = [
    message.intro,
    "",
    `Order: ${order.number}`,
    ...(PROMISE_ON.includes(order.status) ? preorders.map((p) => `${p.title}: ${preorderLabel(p.shipsOn)}`) : []),
    ...orderTotalsRows(order, discounts).map((row) => `${row.label}: ${formatTotalsAmount(row, money)}`),
    "",
    access,
  ].join("\n");
  return { subject: message.subject, text, template: message.template, secrets: link ? [link] : [] };
}

/**
 * Queues the e-mail for the order's current status (placed, paid, shipped, refunded; cancelled when the shop
 * cancels). With `tx`, inside the transaction that changed the status: the e-mail exists only if it commits, and
 * a failure fails it. Without, after commit, and never throws.
 */
export async function notifyOrderStatus(orderId: string, tx?: Tx): Promise<void> {
  if (tx) return queueOrderMail(tx, orderId);
  try {
    await db.transaction((t) => queueOrderMail(t, orderId));
  } catch (e) {
    console.error(`[orders] could not queue the e-mail for order ${orderId}`, e);
  }
}

async function queueOrderMail(tx: Tx, orderId: string): Promise<void> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) return;
  const preorders = await tx
    .select({ title: orderLines.productTitle, variant: orderLines.variantTitle, shipsOn: orderLines.preorderShipsOn })
    .from(orderLines)
    .where(and(eq(orderLines.orderId, order.id), isNotNull(orderLines.preorderShipsOn)))
    .orderBy(asc(orderLines.id));
  const promised = preorders.map((p) => ({ title: p.variant ? `${p.title} (${p.variant})` : p.title, shipsOn: p.shipsOn! }));
  const mail = orderMail(order, env().SITE_URL, await listOrderDiscounts(tx, order.id), promised);
  if (mail) await queueMail({ to: order.email, ...mail }, tx);
}
