import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { guestOrderLink } from "@/lib/orders/guest-link";

/**
 * E-mails the shopper about an after-sales step of their order (a refund, a
 * return's approval, receipt, exchange…), with the way back to the order (a
 * guest's signed link, redacted from the stored copy). Call after commit; never throws.
 */
export async function notifyShopper(orderId: string, message: { template: string; subject: string; lines: string[] }): Promise<void> {
  try {
    const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
    if (!order) return;
    const origin = env().SITE_URL.replace(/\/$/, "");
    const link = order.userId ? null : guestOrderLink(origin, order);
    const text = [
      ...message.lines,
      "",
      `Order: ${order.number}`,
      link ? `See and manage your order (keep this link to yourself): ${link}` : `See your order: ${origin}/orders/${order.number}`,
    ].join("\n");
    await queueMail({ to: order.email, subject: message.subject, text, template: message.template, secrets: link ? [link] : [] });
  } catch (e) {
    console.error(`[after-sales] could not send the e-mail for order ${orderId}`, e);
  }
}
