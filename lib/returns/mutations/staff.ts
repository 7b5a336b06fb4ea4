import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { returnLines, returnRequests, variants } from "@/db/schema";
import { setStockContext } from "@/lib/inventory/stock-context";
import type { ProviderResolver } from "@/lib/payments/mutations/refund";
import { recordRefund } from "@/lib/refunds/record";
import { readStorePolicies } from "@/lib/settings/policies/queries";
import { productSlugsOf } from "@/lib/orders/queries/product-slugs";
import { ReturnRefused, stepReturn } from "./step";

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
        const restocked: number[] = [];
        for (const line of lines) {
          const n = restock[String(line.orderLineId)] ?? line.quantity;
          if (!Number.isInteger(n) || n < 0 || n > line.quantity)
            throw new ReturnRefused(`Restock between 0 and ${line.quantity} of each item.`);
          await tx.update(returnLines).set({ restockedQuantity: n }).where(eq(returnLines.id, line.id));
          if (n > 0) {
            await tx.execute(sql`update variants v set stock = v.stock + ${n}
              from order_lines l where l.id = ${line.orderLineId} and v.id = l.variant_id`);
            back += n;
            restocked.push(line.orderLineId);
          }
        }
        const units = lines.reduce((s, l) => s + l.quantity, 0);
        return {
          note: `Return ${number} received: ${units} item${units === 1 ? "" : "s"}, ${back} back in stock`,
          set: { receivedAt: new Date() },
          slugs: await productSlugsOf({ lineIds: restocked }, tx), // back in stock: their product pages are revalidated
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
          .select({ orderLineId: returnLines.orderLineId, variantId: returnLines.exchangeVariantId, quantity: returnLines.quantity })
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
          slugs: await productSlugsOf({ lineIds: lines.map((l) => l.orderLineId) }, tx), // the exchange takes a version of the same product
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
