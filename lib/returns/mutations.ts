import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orderEvents, returnLines, returnRequests, variants, type OrderActor, type ReturnRequestRow } from "@/db/schema";
import { raiseAlert } from "@/lib/alerts/raise";
import { setStockContext } from "@/lib/inventory/stock-context";
import { lockOrder } from "@/lib/orders/mutations/apply";
import type { ProviderResolver } from "@/lib/payments/mutations/refund";
import { RefundFailed } from "@/lib/payments/provider";
import { notifyRefund } from "@/lib/refunds/mutations";
import type { OrderMailText } from "@/lib/orders/mail-language";
import { notifyShopper } from "@/lib/refunds/notify";
import { recordRefund, type RecordedRefund } from "@/lib/refunds/record";
import { readStorePolicies } from "@/lib/settings/policies/queries";
import { returnableLines } from "./queries";
import { nextReturnStatus, returnNumber, returnWindow, type ReturnAction, type ReturnActor } from "./rules";
import type { CreateReturnInput } from "./schema";

export type ReturnResult =
  | { ok: true; number: string; orderId: string; refund?: RecordedRefund; /** products whose stock moved */ slugs?: string[] }
  | { ok: false; error: string };

/** A refusal that rolls the step's transaction back (e.g. not enough stock for an exchange). */
class ReturnRefused extends Error {}

/** The product slugs of a return's lines (their stock moved: product pages are revalidated). */
async function slugsOf(tx: Tx, returnId: string): Promise<string[]> {
  const rows = (await tx.execute(sql`select distinct l.product_slug as slug from return_lines x
    join order_lines l on l.id = x.order_line_id where x.return_id = ${returnId}`)) as unknown as { slug: string }[];
  return rows.map((r) => r.slug);
}

const event = (tx: Tx, orderId: string, actor: OrderActor, actorId: string | null, note: string) =>
  tx.insert(orderEvents).values({ orderId, actor, actorId, note });

/**
 * The shopper asks to return some units of a delivered or completed order, within
 * the store's return window (checked here, under the order's lock, so two requests
 * at once cannot return the same unit twice). For an exchange every line names a
 * variant of the same product that is in stock now (it is taken when staff ship it).
 */
export async function createReturn(
  orderId: string,
  userId: string | null,
  input: Omit<CreateReturnInput, "number">,
  now = new Date(),
  /** stores the shopper's photos with the new return, in its transaction */
  attach?: (tx: Tx, returnId: string) => Promise<void>,
): Promise<ReturnResult> {
  const result = await db.transaction(async (tx): Promise<ReturnResult> => {
    const order = await lockOrder(tx, orderId);
    if (!order) return { ok: false, error: "There is no such order." };
    const { returnWindowDays } = await readStorePolicies(tx);
    const window = returnWindow(order, returnWindowDays, now);
    if (!window.open) return { ok: false, error: window.reason };
    const lines = await returnableLines(tx, orderId);
    const chosen = input.lines.filter((l) => l.quantity > 0);
    if (chosen.length === 0) return { ok: false, error: "Choose how many of at least one item you return." };
    const rows: { orderLineId: number; quantity: number; exchangeVariantId: number | null }[] = [];
    for (const c of chosen) {
      const line = lines.find((l) => l.id === c.orderLineId);
      if (!line) return { ok: false, error: "That item is not part of this order." };
      if (c.quantity > line.returnable) return { ok: false, error: `You can return at most ${line.returnable} of ${line.title}.` };
      let exchangeVariantId: number | null = null;
      if (input.resolution === "exchange") {
        exchangeVariantId = input.exchange[String(c.orderLineId)] ?? null;
        if (!exchangeVariantId) return { ok: false, error: `Choose what you want instead of ${line.title}.` };
        const [v] = await tx
          .select({ productId: variants.productId, stock: variants.stock })
          .from(variants)
          .where(eq(variants.id, exchangeVariantId));
        if (!v || v.productId !== line.productId) return { ok: false, error: `Choose a version of ${line.title} to exchange it for.` };
        if (v.stock < c.quantity) return { ok: false, error: `Only ${v.stock} of the version you chose for ${line.title} are in stock.` };
      }
      rows.push({ orderLineId: c.orderLineId, quantity: c.quantity, exchangeVariantId });
    }
    const [{ n }] = (await tx.execute(sql`select count(*)::int as n from return_requests where order_id = ${orderId}`)) as unknown as [
      { n: number },
    ];
    const number = returnNumber(order.number, n + 1);
    const [created] = await tx
      .insert(returnRequests)
      .values({ number, orderId, userId: order.userId, status: "requested", resolution: input.resolution, reason: input.reason })
      .returning({ id: returnRequests.id });
    await tx.insert(returnLines).values(rows.map((r) => ({ returnId: created!.id, ...r })));
    if (attach) await attach(tx, created!.id);
    const units = rows.reduce((s, r) => s + r.quantity, 0);
    await event(
      tx,
      orderId,
      "shopper",
      userId,
      `Return ${number} requested (${input.resolution}, ${units} item${units === 1 ? "" : "s"}): ${input.reason}`,
    );
    await raiseAlert(tx, {
      kind: "return_requested",
      title: `Return ${number} requested for order ${order.number}`,
      body: `${input.resolution === "exchange" ? "Exchange" : "Refund"}, ${units} item${units === 1 ? "" : "s"}: ${input.reason}`,
      href: `/admin/returns/${number}`,
    });
    return { ok: true, number, orderId };
  });
  if (result.ok)
    await notifyShopper(orderId, {
      template: "return-requested",
      write: ({ t }) => ({
        subject: t("returns.requested.subject", { number: result.number }),
        lines: [t("returns.requested.body", { number: result.number })],
      }),
    });
  return result;
}

type Step = {
  action: ReturnAction;
  actor: ReturnActor;
  actorId: string | null;
  /** the step's own work on the locked return, before its status changes; says what happened for the timeline */
  work?: (
    tx: Tx,
    ret: ReturnRequestRow,
  ) => Promise<{ note: string; set?: Partial<ReturnRequestRow>; refund?: RecordedRefund; slugs?: string[] }>;
  /** a shopper must own the return's order (checked by the caller through the order page's access) */
  orderId?: string;
};

/**
 * One step of a return, in a transaction: the order row is locked (refunds need
 * it, and it serialises every step of its returns), then the return row; the rule
 * is checked against its current status, the work done, and the status moved by a
 * conditional update. Two staff approving or refunding the same return at once:
 * the second finds the new status and is refused, so it refunds once.
 */
async function stepReturn(returnNumberText: string, step: Step, mail: (r: ReturnRequestRow) => OrderMailText | null) {
  let outcome: ReturnResult;
  let row: ReturnRequestRow | undefined;
  try {
    outcome = await db.transaction(async (tx): Promise<ReturnResult> => {
      const [found] = await tx.select().from(returnRequests).where(eq(returnRequests.number, returnNumberText));
      if (!found || (step.orderId && found.orderId !== step.orderId)) return { ok: false, error: "There is no such return." };
      await lockOrder(tx, found.orderId);
      const [ret] = await tx.select().from(returnRequests).where(eq(returnRequests.id, found.id)).for("update");
      const verdict = nextReturnStatus(ret!.status, ret!.resolution, step.action, step.actor);
      if (!verdict.ok) return { ok: false, error: verdict.reason };
      const done = step.work ? await step.work(tx, ret!) : { note: "" };
      const now = new Date();
      const moved = await tx
        .update(returnRequests)
        .set({
          ...done.set,
          status: verdict.to,
          updatedAt: now,
          closedAt: ["rejected", "refunded", "exchanged", "withdrawn"].includes(verdict.to) ? now : undefined,
        })
        .where(and(eq(returnRequests.id, ret!.id), eq(returnRequests.status, ret!.status)))
        .returning();
      if (moved.length === 0) throw new ReturnRefused("This return changed meanwhile: reload the page.");
      row = moved[0];
      await event(tx, ret!.orderId, step.actor, step.actorId, done.note);
      return { ok: true, number: ret!.number, orderId: ret!.orderId, refund: done.refund, slugs: done.slugs };
    });
  } catch (e) {
    if (e instanceof ReturnRefused) return { ok: false as const, error: e.message };
    if (e instanceof RefundFailed) return { ok: false as const, error: `${e.message} The return was not changed.` };
    throw e;
  }
  if (outcome.ok && row) {
    const write = mail(row);
    if (write) await notifyShopper(row.orderId, { template: `return-${row.status}`, write });
    if (outcome.refund) await notifyRefund(row.orderId, outcome.refund);
  }
  return outcome;
}

const staffStep = (staffId: string) => ({ actor: "staff" as const, actorId: staffId });

export const approveReturn = (number: string, staffId: string, note = "") =>
  stepReturn(
    number,
    {
      action: "approve",
      ...staffStep(staffId),
      work: async () => ({
        note: `Return ${number} approved${note ? `: ${note}` : ""}. Waiting for the parcel`,
        set: { staffNote: note, decidedBy: staffId, decidedAt: new Date() },
      }),
    },
    () =>
      ({ t }) => ({
        subject: t("returns.approved.subject", { number }),
        lines: [`${t("returns.approved.body", { number })}${note ? ` ${note}` : ""}`, t("returns.approved.sendBack")],
      }),
  );

export const rejectReturn = (number: string, staffId: string, note = "") =>
  stepReturn(
    number,
    {
      action: "reject",
      ...staffStep(staffId),
      work: async () => ({
        note: `Return ${number} rejected${note ? `: ${note}` : ""}`,
        set: { staffNote: note, decidedBy: staffId, decidedAt: new Date() },
      }),
    },
    () =>
      ({ t }) => ({
        subject: t("returns.rejected.subject", { number }),
        lines: [`${t("returns.rejected.body", { number })}${note ? ` ${note}` : ""}`],
      }),
  );

/** The shopper's return shipment (回寄): carrier and tracking number. */
export const sendReturn = (number: string, orderId: string, userId: string | null, shipment: { carrier: string; trackingNumber: string }) =>
  stepReturn(
    number,
    {
      action: "send",
      actor: "shopper",
      actorId: userId,
      orderId,
      work: async () => ({
        note: `Return ${number} sent back with ${shipment.carrier} ${shipment.trackingNumber}`,
        set: { returnCarrier: shipment.carrier, returnTrackingNumber: shipment.trackingNumber, shippedBackAt: new Date() },
      }),
    },
    () =>
      ({ t }) => ({
        subject: t("returns.tracking.subject", { number }),
        lines: [t("returns.tracking.body", { shipment: `${shipment.carrier} ${shipment.trackingNumber}` })],
      }),
  );

/** The shopper changes their mind before the parcel is received: the units may be returned again later. */
export const withdrawReturn = (number: string, orderId: string, userId: string | null) =>
  stepReturn(
    number,
    {
      action: "withdraw",
      actor: "shopper",
      actorId: userId,
      orderId,
      work: async () => ({ note: `Return ${number} withdrawn by the shopper` }),
    },
    () =>
      ({ t }) => ({ subject: t("returns.withdrawn.subject", { number }), lines: [t("returns.withdrawn.body", { number })] }),
  );

/** The parcel arrived: `restock[orderLineId]` units of each line go back on the shelf (the ledger says "return"); the rest were not resaleable. */
export const receiveReturn = (number: string, staffId: string, restock: Record<string, number>) =>
  stepReturn(
    number,
    {
      action: "receive",
      ...staffStep(staffId),
      work: async (tx, ret) => {
        const lines = await tx
          .select({ id: returnLines.id, orderLineId: returnLines.orderLineId, quantity: returnLines.quantity })
          .from(returnLines)
          .where(eq(returnLines.returnId, ret.id));
        await setStockContext(tx, { reason: "return", actorId: staffId, orderId: ret.orderId, note: `Return ${ret.number}` });
        let back = 0;
        for (const line of lines) {
          const n = restock[String(line.orderLineId)] ?? line.quantity;
          if (!Number.isInteger(n) || n < 0 || n > line.quantity)
            throw new ReturnRefused(`Restock between 0 and ${line.quantity} of each item.`);
          await tx.update(returnLines).set({ restockedQuantity: n }).where(eq(returnLines.id, line.id));
          if (n > 0) {
            await tx.execute(sql`update variants v set stock = v.stock + ${n}
              from order_lines l where l.id = ${line.orderLineId} and v.id = l.variant_id`);
            back += n;
          }
        }
        const units = lines.reduce((s, l) => s + l.quantity, 0);
        return {
          note: `Return ${number} received: ${units} item${units === 1 ? "" : "s"}, ${back} back in stock`,
          set: { receivedAt: new Date() },
        };
      },
    },
    (r) =>
      ({ t }) => ({
        subject: t("returns.received.subject", { number }),
        lines: [r.resolution === "refund" ? t("returns.received.refund") : t("returns.received.exchange")],
      }),
  );

/** Refunds a received return through the refund engine: the units of its lines, the shipping when the store says so. */
export const refundReturn = (number: string, staffId: string, resolve?: ProviderResolver) =>
  stepReturn(
    number,
    {
      action: "refund",
      ...staffStep(staffId),
      work: async (tx, ret) => {
        const lines = await tx
          .select({ orderLineId: returnLines.orderLineId, quantity: returnLines.quantity })
          .from(returnLines)
          .where(eq(returnLines.returnId, ret.id));
        const { refundShippingOnReturn } = await readStorePolicies(tx);
        const result = await recordRefund(tx, {
          orderId: ret.orderId,
          kind: "return",
          returnId: ret.id,
          lines,
          shipping: refundShippingOnReturn ? "remaining" : "none",
          reason: `Return ${ret.number}`,
          staffId,
          resolve,
          event: false,
        });
        if (!result.ok) throw new ReturnRefused(result.error);
        return { note: result.refund.note, refund: result.refund };
      },
    },
    () => null, // the refund's own e-mail says it
  );

/** Ships the exchange's variants (stock out with reason "exchange", never below zero), linked to the order. */
export const shipExchange = (number: string, staffId: string, shipment: { carrier: string; trackingNumber: string }) =>
  stepReturn(
    number,
    {
      action: "ship_exchange",
      ...staffStep(staffId),
      work: async (tx, ret) => {
        const lines = await tx
          .select({ variantId: returnLines.exchangeVariantId, quantity: returnLines.quantity })
          .from(returnLines)
          .where(eq(returnLines.returnId, ret.id));
        await setStockContext(tx, { reason: "exchange", actorId: staffId, orderId: ret.orderId, note: `Exchange ${ret.number}` });
        for (const line of lines) {
          if (!line.variantId) throw new ReturnRefused("An item to send in exchange no longer exists: refund this return instead.");
          const taken = await tx
            .update(variants)
            .set({ stock: sql`${variants.stock} - ${line.quantity}` })
            .where(and(eq(variants.id, line.variantId), sql`${variants.stock} >= ${line.quantity}`))
            .returning({ id: variants.id });
          if (taken.length === 0) throw new ReturnRefused("Not enough stock for the exchange: restock it first, or refund this return.");
        }
        return {
          note: `Exchange for return ${number} shipped with ${shipment.carrier} ${shipment.trackingNumber}`,
          set: { exchangeCarrier: shipment.carrier, exchangeTrackingNumber: shipment.trackingNumber },
          slugs: await slugsOf(tx, ret.id),
        };
      },
    },
    () =>
      ({ t }) => ({
        subject: t("returns.exchangeShipped.subject", { number }),
        lines: [t("returns.exchangeShipped.body", { carrier: shipment.carrier, tracking: shipment.trackingNumber })],
      }),
  );

/** Orders whose returns may be acted on (the order itself is read for the e-mails and pages only). */
export const orderOfReturn = async (number: string) =>
  (await db.select({ orderId: returnRequests.orderId }).from(returnRequests).where(eq(returnRequests.number, number)))[0]?.orderId ?? null;
