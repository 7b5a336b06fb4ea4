import type { OrderView } from "@/lib/orders/queries";
import { STATUS_LABELS } from "@/lib/orders/transitions";
import { formatDateTime } from "./format";

/** The order number as the heading, its status word and what it means now. */
export function OrderStatusBanner({ order }: { order: OrderView }) {
  const failed = order.status === "pending_payment" && order.payment?.status === "failed";
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Order {order.number}</h1>
      <p className="text-sm text-zinc-600">Placed {formatDateTime(order.createdAt)}</p>
      <p className="flex items-center gap-2">
        <span className="text-sm text-zinc-600">Status:</span>
        <strong className="rounded-full bg-zinc-900 px-3 py-0.5 text-sm text-white">{STATUS_LABELS[order.status]}</strong>
      </p>
      {order.status === "pending_payment" && (
        <p className="text-sm">
          Your items are reserved until {formatDateTime(order.paymentDueAt)}. Pay before then, or the order is cancelled.
        </p>
      )}
      {order.status === "awaiting_review" && (
        <p className="text-sm">Your payment arrived. We check each order before preparing it, and e-mail you when it ships.</p>
      )}
      {failed && (
        <p className="text-sm text-rose-800">
          Your last payment did not go through{order.payment?.failureMessage ? `: ${order.payment.failureMessage}` : ""}. You can try again.
        </p>
      )}
      {order.status === "refund_requested" && order.refundReason && <p className="text-sm">Your reason: {order.refundReason}</p>}
    </header>
  );
}
