import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { mailOutbox, orders } from "@/db/schema";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// The request is the back office's, in English (staff ship the order); the page that shows the timeline is Chinese.
const request = vi.hoisted(() => ({ locale: "en" }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => request.locale,
  getTranslations: async (arg: string | { locale: string; namespace: string }) => {
    const { locale, namespace } = typeof arg === "string" ? { locale: request.locale, namespace: arg } : arg;
    return createTranslator({ locale, messages: messagesFor(isLocale(locale) ? locale : "en"), namespace: namespace as never });
  },
  setRequestLocale: () => {},
}));

const { placeOrder } = await import("@/lib/checkout/mutations");
const { shipOrder } = await import("./mutations");
const { markOrderPaid } = await import("./mutations/payment");
const { getOrderForViewer } = await import("./queries");
const { checkoutInput, createTestCart, createTestUser, createTestVariant } = await import("./testing");
const { OrderTimeline } = await import("@/app/[locale]/(shop)/orders/[number]/_components/order-timeline");

const han = /[\u4e00-\u9fff]/;

async function placeIn(locale: "en" | "zh-CN", email: string) {
  const { variantId } = await createTestVariant({ price: 1000, stock: 10 });
  const cartId = await createTestCart([{ variantId, quantity: 1 }], null);
  const placed = await placeOrder(checkoutInput({ email }), { cartId, userId: null, locale });
  if (!placed.ok) throw new Error(placed.error);
  const o = placed.order;
  await db.transaction((tx) =>
    markOrderPaid(tx, { orderId: o.id, provider: "test", reference: `ref-${o.id}`, amount: o.total, currency: o.currency }),
  );
  return o;
}

describe("an order's language", () => {
  it("is the shopper's at checkout, and the shipped e-mail staff cause from an English page is written in it", async () => {
    const staff = await createTestUser();
    const email = `zh-${Date.now()}@example.com`;
    const o = await placeIn("zh-CN", email);
    const [row] = await db.select({ locale: orders.locale }).from(orders).where(eq(orders.id, o.id));
    expect(row!.locale).toBe("zh-CN");
    request.locale = "en";
    expect(await shipOrder(o.id, staff, { carrier: "顺丰速运", trackingNumber: "SF1234567890" })).toMatchObject({ ok: true });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(mail).toMatchObject({ template: "order-shipped", subject: `您的订单 ${o.number} 已发货` });
    expect(mail!.text).toContain("您的订单已交给顺丰速运，运单号为 SF1234567890。");
    expect(mail!.text).toContain(`订单：${o.number}`);
    expect(mail!.text).toContain("合计");
    expect(mail!.unsentText).toContain(`/zh-CN/orders/${o.number}/access?k=`);
    expect(mail!.text).toContain("/zh-CN/track");
    expect(mail!.text).not.toMatch(/Your order|Order:|Total/);
  });

  it("an English order's e-mails stay English (and the default, for orders placed before languages were stored)", async () => {
    const staff = await createTestUser();
    const email = `en-${Date.now()}@example.com`;
    const o = await placeIn("en", email);
    await shipOrder(o.id, staff, { carrier: "DHL", trackingNumber: "JD0001" });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(mail!.subject).toBe(`Your order ${o.number} is on its way`);
    expect(mail!.text).toContain("Your order was handed to DHL with tracking number JD0001.");
    expect(han.test(mail!.text)).toBe(false);
  });

  it("the Chinese order page shows the timeline in Chinese, notes stored in English included", async () => {
    const staff = await createTestUser();
    const o = await placeIn("zh-CN", `tl-${Date.now()}@example.com`);
    await shipOrder(o.id, staff, { carrier: "顺丰速运", trackingNumber: "SF1" });
    const view = await getOrderForViewer(o.number, { userId: null, guestOrderIds: [o.id], guestFullOrderIds: [o.id] });
    expect(view!.events.map((e) => e.note)).toContain("Order placed");
    request.locale = "zh-CN";
    const html = renderToStaticMarkup(await OrderTimeline({ events: view!.events }));
    expect(html).toContain("订单已提交");
    expect(html).toContain("顺丰速运 SF1");
    expect(html).not.toMatch(/Order placed|Shipped|Paid/);
    request.locale = "en";
    expect(renderToStaticMarkup(await OrderTimeline({ events: view!.events }))).toContain("Order placed");
  });
});
