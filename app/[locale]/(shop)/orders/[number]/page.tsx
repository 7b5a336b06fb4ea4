import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { requestLocale } from "@/lib/i18n/server";
import { CHECKOUT_DEFAULT_METHODS } from "@/lib/checkout/messages";
import { notFound } from "next/navigation";
import { OrderDocuments } from "@/components/invoices/order-documents";
import { FormStatus } from "@/components/ui/form-messages";
import { RefundSummaryView } from "@/components/refunds/refund-summary";
import { getOrderForCurrentViewer } from "@/lib/orders/queries/viewer";
import { getRefundSummary } from "@/lib/refunds/queries";
import { OrderActions } from "./_components/order-actions";
import { OrderDetails } from "./_components/order-details";
import { OrderLines } from "./_components/order-lines";
import { OrderReturns } from "./_components/order-returns";
import { OrderStatusBanner } from "./_components/order-status-banner";
import { OrderTimeline } from "./_components/order-timeline";

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

// What the shopper just did (set by the actions' redirect), announced on arrival (orders.done.<notice>).
const DONE = new Set(["cancelled", "received", "refund", "return", "return-sent", "return-withdrawn"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ number }, t] = await Promise.all([params, getTranslations("orders.meta")]);
  return { title: t("title", { number: decodeURIComponent(number) }), robots: { index: false } };
}

// Owner only: read the session and the guest cookie on every request.
export const dynamic = "force-dynamic";

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const found = await getOrderForCurrentViewer(decodeURIComponent(number));
  if (!found) notFound();
  // The shop's default rate names ("Standard") in the page's language, as the checkout showed them.
  const locale = await requestLocale();
  const translate = await knownMessageTranslator(locale, CHECKOUT_DEFAULT_METHODS);
  const order = { ...found, shippingMethodName: translate(found.shippingMethodName) };
  const [refunds, t] = await Promise.all([getRefundSummary(order.id), getTranslations("orders")]);
  return (
    <ClientMessages locale={locale} namespaces={["ordersActions"]}>
      <div className="mx-auto flex max-w-4xl flex-col gap-6">
        <OrderStatusBanner order={order} />
        <FormStatus>{done && DONE.has(done) ? t(`done.${done}`) : undefined}</FormStatus>
        <OrderActions number={order.number} actions={order.shopperActions} />
        {order.canChange ? null : <p className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 text-sm text-zinc-700">{t("viewOnly")}</p>}
        <div className="grid gap-8 md:grid-cols-[1fr_16rem]">
          <OrderLines order={order} />
          <OrderDetails order={order} />
        </div>
        <OrderReturns order={order} />
        {refunds && <RefundSummaryView summary={refunds} />}
        <OrderDocuments orderId={order.id} basePath={`/orders/${encodeURIComponent(order.number)}`} />
        <OrderTimeline events={order.events} />
      </div>
    </ClientMessages>
  );
}
