import type { OrderStatus } from "@/db/schema";
import { useTranslations } from "next-intl";

const TONE: Record<OrderStatus, string> = {
  pending_payment: "bg-amber-100 text-amber-900",
  awaiting_review: "bg-amber-100 text-amber-900",
  paid: "bg-sky-100 text-sky-900",
  shipped: "bg-indigo-100 text-indigo-900",
  delivered: "bg-emerald-100 text-emerald-900",
  completed: "bg-emerald-100 text-emerald-900",
  cancelled: "bg-zinc-200 text-zinc-800",
  refund_requested: "bg-rose-100 text-rose-900",
  refunded: "bg-zinc-200 text-zinc-800",
  refund_rejected: "bg-zinc-200 text-zinc-800",
};

/** An order's status word on a colour that tells the states apart at a glance (the word carries the meaning). */
export function StatusBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("orderStatus"); // messages: orderStatus.* (one per order_status)
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-medium ${TONE[status]}`}>{t(status)}</span>;
}
