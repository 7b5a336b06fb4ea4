import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { PageHeader } from "@/components/admin/page-header";
import { RefundSummaryView } from "@/components/refunds/refund-summary";
import { ReturnSummary } from "@/components/returns/return-summary";
import { FormStatus } from "@/components/ui/form-messages";
import { hasPermission, requireStaffPage } from "@/lib/auth/staff";
import { getRefundSummary } from "@/lib/refunds/queries";
import type { ReturnNotice } from "@/lib/returns/actions";
import { getReturnForStaff } from "@/lib/returns/queries";
import { readStorePolicies } from "@/lib/settings/policies/queries";
import { availableReturnActions, RETURN_STATUS_LABELS } from "@/lib/returns/rules";
import { ReturnActions } from "./_components/return-actions";

export const metadata: Metadata = { title: "Return" };

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

// What the staff member just did (set by the actions' redirect).
const DONE: Record<ReturnNotice, string> = {
  approved: "Return approved. The shopper was e-mailed to send it back.",
  rejected: "Return rejected. The shopper was e-mailed.",
  received: "Return marked received; the resaleable items are back in stock.",
  refunded: "Return refunded through the payment provider. The shopper was e-mailed.",
  exchanged: "Exchange shipped. The shopper was e-mailed the tracking number.",
};

export default async function AdminReturnPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const user = await requireStaffPage(`/admin/returns/${encodeURIComponent(number)}`);
  const ret = await getReturnForStaff(decodeURIComponent(number));
  if (!ret) notFound();
  const [{ refundShippingOnReturn }, refunds] = await Promise.all([readStorePolicies(), getRefundSummary(ret.order.id)]);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/returns" className="underline">
          ← All returns
        </Link>
      </p>
      <PageHeader
        title={`Return ${ret.number}`}
        description={`Requested ${formatDateTime(ret.createdAt)} · ${RETURN_STATUS_LABELS[ret.status]}`}
      >
        <Link href={`/admin/orders/${ret.order.number}`} className="underline">
          Order {ret.order.number}
        </Link>
      </PageHeader>
      <FormStatus>{done && done in DONE ? DONE[done as ReturnNotice] : undefined}</FormStatus>
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <ReturnSummary ret={ret} />
      </section>
      <section aria-labelledby="return-actions-heading">
        <h2 id="return-actions-heading" className="mb-3 text-lg font-semibold">
          Actions
        </h2>
        <ReturnActions
          returnNumber={ret.number}
          actions={availableReturnActions(ret.status, ret.resolution, "staff")}
          lines={ret.lines.map((l) => ({ id: l.orderLineId, title: l.title, quantity: l.quantity }))}
          mayRefund={hasPermission(user, "refund")}
          shippingNote={
            refundShippingOnReturn
              ? "The shipping still unrefunded is refunded too (store setting)."
              : "The shipping is not refunded (store setting)."
          }
        />
      </section>
      {refunds && <RefundSummaryView summary={refunds} />}
    </div>
  );
}
