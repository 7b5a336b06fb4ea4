import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { returnLines, returnRequests, variants } from "@/db/schema";
import { raiseAlert } from "@/lib/alerts/raise";
import { lockOrder } from "@/lib/orders/mutations/apply";
import { notifyShopper } from "@/lib/refunds/notify";
import { readStorePolicies } from "@/lib/settings/policies/queries";
import { returnableLines } from "../queries";
import { returnNumber, returnWindow } from "../rules";
import type { CreateReturnInput } from "../schema";
import { event, type ReturnResult } from "./step";

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
