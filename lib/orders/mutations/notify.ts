import "server-only";
import { eq, getTableColumns, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db";
import { orderDiscounts, orderLines, orders, type DiscountTarget, type OrderRow } from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { orderAccess, orderMailWriter, type OrderMailWriter } from "../mail-language";
import { formatTotalsAmount, orderTotalsRows, type OrderTotalsRow } from "../totals";

/** The e-mails that repeat the pre-order promise: until the order ships. */
const PROMISE_ON: readonly OrderRow["status"][] = ["pending_payment", "paid", "awaiting_review"];

type Message = { template: string; subject: string; intro: string };

function messageFor(order: OrderRow, { t }: OrderMailWriter): Message | null {
  const number = order.number;
  switch (order.status) {
    case "pending_payment":
      return { template: "order-placed", subject: t("placed.subject", { number }), intro: t("placed.intro") };
    case "paid":
      return { template: "order-paid", subject: t("paid.subject", { number }), intro: t("paid.intro") };
    case "awaiting_review":
      // The same e-mail as for paid (the shop checks paid orders before preparing them).
      return { template: "order-paid", subject: t("paid.subject", { number }), intro: t("paid.introReview") };
    case "shipped": {
      const carrier = order.carrier ?? t("shipped.theCarrier");
      return {
        template: "order-shipped",
        subject: t("shipped.subject", { number }),
        intro: order.trackingNumber
          ? t("shipped.introTracking", { carrier, tracking: order.trackingNumber })
          : t("shipped.intro", { carrier }),
      };
    }
    case "cancelled":
      // Sent only when the shop cancels (see staffCancelOrder); the shopper who cancels sees it on the page.
      return {
        template: "order-cancelled",
        subject: t("cancelled.subject", { number }),
        intro: order.paidAt ? t("cancelled.introPaid") : t("cancelled.introUnpaid"),
      };
    case "refunded":
      return { template: "order-refunded", subject: t("refunded.subject", { number }), intro: t("refunded.intro") };
    default:
      return null;
  }
}

export type PreorderMailLine = { title: string; shipsOn: string };

/** A totals row's label in the e-mail's language (a discount keeps its promotion's name). */
function totalsLabel(row: OrderTotalsRow, order: OrderRow, { t }: OrderMailWriter): string {
  switch (row.kind) {
    case "subtotal":
      return t("subtotal");
    case "shipping":
      return t("shipping", { method: order.shippingMethodName });
    case "total":
      return t("total");
    case "discount":
      return row.label === "Discount" ? t("discount") : row.label;
  }
}

/**
 * The e-mail text for an order's current status (with its totals, each discount on its own line, and, until it
 * ships, each pre-order line's promise), or null when that status sends none. Written in the order's language.
 */
export function orderMail(
  order: OrderRow,
  siteUrl: string,
  discounts: readonly { label: string; amount: number; target?: "items" | "shipping" }[] = [],
  preorders: readonly PreorderMailLine[] = [],
): { subject: string; text: string; template: string; secrets: string[] } | null {
  const w = orderMailWriter(order);
  const message = messageFor(order, w);
  if (!message) return null;
  const { t, money } = w;
  const shipsOn = new Intl.DateTimeFormat(w.locale, { dateStyle: "medium", timeZone: "UTC" });
  const access = orderAccess(w, siteUrl.replace(/\/$/, ""), order, true);
  const text = [
    message.intro,
    "",
    t("order", { number: order.number }),
    ...(PROMISE_ON.includes(order.status)
      ? preorders.map((p) => `${p.title}: ${t("preorder", { date: shipsOn.format(new Date(`${p.shipsOn}T00:00:00Z`)) })}`)
      : []),
    ...orderTotalsRows(order, discounts).map((row) => {
      const amount = row.kind === "shipping" && row.amount === 0 ? t("free") : formatTotalsAmount(row, money);
      return `${totalsLabel(row, order, w)}: ${amount}`;
    }),
    "",
    ...access.lines,
  ].join("\n");
  return { subject: message.subject, text, template: message.template, secrets: access.link ? [access.link] : [] };
}

/**
 * Queues the e-mail for the order's current status (placed, paid, shipped, refunded; cancelled when the shop
 * cancels). With `tx`, inside the transaction that changed the status: the e-mail exists only if it commits, and
 * a failure fails it. Without, after commit, and never throws.
 */
export async function notifyOrderStatus(orderId: string, tx?: Tx): Promise<void> {
  if (tx) return queueOrderMail(tx, orderId);
  try {
    await queueOrderMail(db, orderId); // a read, then one statement that writes the e-mail and its job
  } catch (e) {
    console.error(`[orders] could not queue the e-mail for order ${orderId}`, e);
  }
}

/** The order with what its e-mail lists besides: its pre-order lines' promises and its discounts, in one query. */
async function readOrderForMail(conn: DbOrTx, orderId: string) {
  const [row] = await conn
    .select({
      ...getTableColumns(orders),
      preorders: sql<{ title: string; variant: string | null; shipsOn: string }[]>`(
        select coalesce(json_agg(json_build_object('title', l.product_title, 'variant', l.variant_title, 'shipsOn', l.preorder_ships_on) order by l.id), '[]')
        from ${orderLines} l where l.order_id = orders.id and l.preorder_ships_on is not null)`,
      discounts: sql<{ label: string; amount: number; target: DiscountTarget }[]>`(
        select coalesce(json_agg(json_build_object('label', d.label, 'amount', d.amount, 'target', d.target) order by d.position, d.id), '[]')
        from ${orderDiscounts} d where d.order_id = orders.id)`,
    })
    .from(orders)
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!row) return null;
  const { preorders, discounts, ...order } = row;
  return { order, preorders, discounts };
}

async function queueOrderMail(conn: DbOrTx, orderId: string): Promise<void> {
  const found = await readOrderForMail(conn, orderId);
  if (!found) return;
  const { order, preorders, discounts } = found;
  const promised = preorders.map((p) => ({ title: p.variant ? `${p.title} (${p.variant})` : p.title, shipsOn: p.shipsOn }));
  const mail = orderMail(order, env().SITE_URL, discounts, promised);
  if (mail) await queueMail({ to: order.email, ...mail }, conn);
}
