import "server-only";
import { and, eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { orderEvents, returnRequests, type OrderActor, type ReturnRequestRow } from "@/db/schema";
import { lockOrder } from "@/lib/orders/mutations/apply";
import { RefundFailed } from "@/lib/payments/provider";
import type { OrderMailText } from "@/lib/orders/mail-language";
import { notifyRefund } from "@/lib/refunds/mutations";
import { notifyShopper } from "@/lib/refunds/notify";
import type { RecordedRefund } from "@/lib/refunds/record";
import { nextReturnStatus, type ReturnAction, type ReturnActor } from "../rules";

export type ReturnResult =
  | { ok: true; number: string; orderId: string; refund?: RecordedRefund; /** products whose stock moved */ slugs?: string[] }
  | { ok: false; error: string };

/** A refusal that rolls the step's transaction back (e.g. not enough stock for an exchange). */
export class ReturnRefused extends Error {}

/** A line on the order's timeline. */
export const event = (tx: Tx, orderId: string, actor: OrderActor, actorId: string | null, note: string) =>
  tx.insert(orderEvents).values({ orderId, actor, actorId, note });

export type Step = {
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
export async function stepReturn(returnNumberText: string, step: Step, mail: (r: ReturnRequestRow) => OrderMailText | null) {
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
