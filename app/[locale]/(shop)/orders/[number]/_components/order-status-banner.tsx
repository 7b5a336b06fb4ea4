import { getTranslations } from "next-intl/server";
import type { OrderView } from "@/lib/orders/queries";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { requestLocale } from "@/lib/i18n/server";
import { PAYMENT_ERRORS } from "@/lib/payments/messages";
import { formatDateTime } from "./format";

/** The order number as the heading, its status word and what it means now. */
export async function OrderStatusBanner({ order }: { order: OrderView }) {
  const locale = await requestLocale();
  const [t, translate] = await Promise.all([getTranslations("orders"), knownMessageTranslator(locale, PAYMENT_ERRORS)]);
  const failed = order.status === "pending_payment" && order.payment?.status === "failed";
  const failure = order.payment?.failureMessage;
  return (
    <header className="flex flex-col gap-2">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("heading", { number: order.number })}</h1>
      <p className="text-sm text-zinc-600">{t("placed", { date: formatDateTime(order.createdAt, locale) })}</p>
      <p className="flex items-center gap-2">
        <span className="text-sm text-zinc-600">{t("statusLabel")}</span>
        <strong className="rounded-full bg-zinc-900 px-3 py-0.5 text-sm text-white">{t(`status.${order.status}`)}</strong>
      </p>
      {order.status === "pending_payment" && (
        <p className="text-sm">{t("reservedUntil", { date: formatDateTime(order.paymentDueAt, locale) })}</p>
      )}
      {order.status === "awaiting_review" && <p className="text-sm">{t("awaitingReview")}</p>}
      {failed && (
        <p className="text-sm text-rose-800">{failure ? t("paymentFailedBecause", { reason: translate(failure) }) : t("paymentFailed")}</p>
      )}
      {order.status === "refund_requested" && order.refundReason && (
        <p className="text-sm">{t("yourReason", { reason: order.refundReason })}</p>
      )}
    </header>
  );
}
