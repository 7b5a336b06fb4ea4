import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { orderAccess, orderMailWriter, type OrderMailText } from "@/lib/orders/mail-language";

/**
 * E-mails the shopper about an after-sales step of their order (a refund, a
 * return's approval, receipt, exchange…), written in the order's language, with the
 * way back to the order (a guest's signed link, redacted from the stored copy).
 * Call after commit; never throws.
 */
export async function notifyShopper(orderId: string, message: { template: string; write: OrderMailText }): Promise<void> {
  try {
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
    if (!order) return;
    const w = orderMailWriter(order);
    const { subject, lines } = message.write(w);
    const access = orderAccess(w, env().SITE_URL.replace(/\/$/, ""), order, false);
    const text = [...lines, "", w.t("order", { number: order.number }), ...access.lines].join("\n");
    await queueMail({ to: order.email, subject, text, template: message.template, secrets: access.link ? [access.link] : [] });
  } catch (e) {
    console.error(`[after-sales] could not send the e-mail for order ${orderId}`, e);
  }
}
