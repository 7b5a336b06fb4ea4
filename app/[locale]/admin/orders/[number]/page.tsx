import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { OrderDocuments } from "@/components/invoices/order-documents";
import { FormStatus } from "@/components/ui/form-messages";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { RefundSummaryView } from "@/components/refunds/refund-summary";
import { hasPermission, requireStaffPage } from "@/lib/auth/staff";
import { getRefundSummary } from "@/lib/refunds/queries";
import { listReturnsForOrder } from "@/lib/returns/queries";
import { ReturnSummary } from "@/components/returns/return-summary";
import { formatMoney } from "@/lib/money";
import type { StaffNotice } from "@/lib/orders/actions";
import { getOrderForStaff } from "@/lib/orders/queries/staff";
import { StatusBadge } from "../_components/status-badge";
import { InternalNoteForm } from "./_components/internal-note-form";
import { OrderActionsPanel } from "./_components/order-actions-panel";
import { OrderFacts, OrderLinesTable } from "./_components/order-summary";
import { RefundWithoutReturnForm } from "./_components/refund-without-return-form";
import { StaffTimeline } from "./_components/staff-timeline";

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ number }, t] = await Promise.all([params, getTranslations("adminOrders")]);
  return { title: t("orderTitle", { number: decodeURIComponent(number) }) };
}

// Where staff may give money back without a return (after payment, before a whole refund or cancellation ends the order).
const NO_RETURN_REFUND = new Set(["paid", "shipped", "delivered", "completed", "refund_requested", "refund_rejected"]);

// What the staff member just did (set by the actions' redirect): messages adminOrders.done.*.
const DONE: ReadonlySet<string> = new Set<StaffNotice>(["approved", "shipped", "delivered", "cancelled", "refunded", "rejected", "noted"]);

export default async function AdminOrderPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const user = await requireStaffPage(`/admin/orders/${encodeURIComponent(number)}`);
  const order = await getOrderForStaff(decodeURIComponent(number));
  if (!order) notFound();
  const [refunds, returns, t, locale] = await Promise.all([
    getRefundSummary(order.id),
    listReturnsForOrder(order.id),
    getTranslations("adminOrders"),
    getLocale(),
  ]);
  const captured = order.payments.filter((p) => p.status === "succeeded");
  const paid = captured.length > 0;
  const via = captured.some((p) => p.provider === "stripe") ? "Stripe" : t("detail.testGateway");
  const refundLabel = paid
    ? t("detail.refundVia", {
        amount: formatMoney({ amount: captured.reduce((sum, p) => sum + p.amount, 0), currency: order.currency }, locale),
        via,
      })
    : t("detail.noCapture");
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/orders" className="underline">
          {t("detail.allOrders")}
        </Link>
      </p>
      <PageHeader
        title={t("orderTitle", { number: order.number })}
        description={t("detail.placed", { date: formatDateTime(order.createdAt) })}
      >
        <StatusBadge status={order.status} />
      </PageHeader>
      <FormStatus>{done && DONE.has(done) ? t(`done.${done as StaffNotice}`) : undefined}</FormStatus>
      {order.status === "awaiting_review" && (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm">{t("detail.awaitingReview")}</p>
      )}
      {order.status === "refund_requested" && order.refundReason && (
        <p className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-sm">
          {t("detail.refundRequested", { reason: order.refundReason })}
        </p>
      )}
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading" className="mb-3 text-lg font-semibold">
          {t("detail.actions")}
        </h2>
        <OrderActionsPanel number={order.number} status={order.status} actions={order.staffActions} paid={paid} refundLabel={refundLabel} />
      </section>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="lines-heading" className="self-start rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="lines-heading" className="mb-2 text-lg font-semibold">
            {t("detail.items")}
          </h2>
          <OrderLinesTable order={order} locale={locale} />
        </section>
        <div className="flex flex-col gap-6 self-start">
          <div className="rounded-xl border border-zinc-200 bg-white p-4">
            <OrderFacts order={order} locale={locale} />
          </div>
          <OrderDocuments
            orderId={order.id}
            basePath={`/admin/orders/${encodeURIComponent(order.number)}`}
            className="rounded-xl border border-zinc-200 bg-white p-4"
          />
        </div>
      </div>
      {returns.length > 0 && (
        <section aria-labelledby="returns-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="returns-heading" className="mb-2 text-lg font-semibold">
            {t("detail.returns")}
          </h2>
          {returns.map((r) => (
            <div key={r.id} className="flex flex-col gap-1 border-t border-zinc-100 py-2 first:border-0">
              <ReturnSummary ret={r} />
              <Link href={`/admin/returns/${r.number}`} className="w-fit text-sm underline">
                {t("detail.openReturn", { number: r.number })}
              </Link>
            </div>
          ))}
        </section>
      )}
      {refunds && <RefundSummaryView summary={refunds} />}
      {refunds && hasPermission(user, "refund") && refunds.refundedTotal < refunds.total && NO_RETURN_REFUND.has(order.status) && (
        <details className="rounded-xl border border-zinc-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("detail.refundWithoutReturn")}</summary>
          <div className="mt-3">
            <RefundWithoutReturnForm number={order.number} summary={refunds} />
          </div>
        </details>
      )}
      <section aria-labelledby="timeline-heading" className="rounded-xl border border-zinc-200 bg-white p-4">
        <h2 id="timeline-heading" className="mb-3 text-lg font-semibold">
          {t("detail.timeline")}
        </h2>
        <StaffTimeline events={order.events} />
        <div className="mt-6 border-t border-zinc-200 pt-4">
          <InternalNoteForm number={order.number} />
        </div>
      </section>
    </div>
  );
}
