import type { Metadata } from "next";
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

// What the shopper just did (set by the actions' redirect), announced on arrival.
const DONE: Record<string, string> = {
  cancelled: "Your order is cancelled. Nothing will be charged.",
  received: "Thank you: your order is complete.",
  refund: "Refund requested. We will answer by e-mail.",
  return: "Return requested. We will answer by e-mail.",
  "return-sent": "Thank you: we will look out for your parcel.",
  "return-withdrawn": "Your return is withdrawn.",
};

export const metadata: Metadata = { title: "Order", robots: { index: false } };

// Owner only: read the session and the guest cookie on every request.
export const dynamic = "force-dynamic";

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const order = await getOrderForCurrentViewer(decodeURIComponent(number));
  if (!order) notFound();
  const refunds = await getRefundSummary(order.id);
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <OrderStatusBanner order={order} />
      <FormStatus>{done ? DONE[done] : undefined}</FormStatus>
      <OrderActions number={order.number} actions={order.shopperActions} />
      {order.canChange ? null : (
        <p className="rounded-xl border border-zinc-200 bg-zinc-50 p-4 text-sm text-zinc-700">
          To pay, cancel or change this order, open the link in your order e-mail or sign in to the account that placed it.
        </p>
      )}
      <div className="grid gap-8 md:grid-cols-[1fr_16rem]">
        <OrderLines order={order} />
        <OrderDetails order={order} />
      </div>
      <OrderReturns order={order} />
      {refunds && <RefundSummaryView summary={refunds} />}
      <OrderDocuments orderId={order.id} basePath={`/orders/${encodeURIComponent(order.number)}`} />
      <OrderTimeline events={order.events} />
    </div>
  );
}
