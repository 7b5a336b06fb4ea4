import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { availableReturnActions } from "@/lib/returns/rules";
import { ReturnActions } from "./_components/return-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminReturns"))("detailTitle") };
}

type Props = { params: Promise<{ number: string }>; searchParams: Promise<{ done?: string }> };

// What the staff member just did (set by the actions' redirect); its sentence is adminReturns.done.<notice>.
const DONE: readonly ReturnNotice[] = ["approved", "rejected", "received", "refunded", "exchanged"];
const isNotice = (s: string | undefined): s is ReturnNotice => DONE.includes(s as ReturnNotice);

export default async function AdminReturnPage({ params, searchParams }: Props) {
  const [{ number }, { done }] = await Promise.all([params, searchParams]);
  const user = await requireStaffPage(`/admin/returns/${encodeURIComponent(number)}`);
  const ret = await getReturnForStaff(decodeURIComponent(number));
  if (!ret) notFound();
  const [{ refundShippingOnReturn }, refunds, t, tReturns, locale] = await Promise.all([
    readStorePolicies(),
    getRefundSummary(ret.order.id),
    getTranslations("adminReturns"),
    getTranslations("returns"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/returns" className="underline">
          {t("detail.allReturns")}
        </Link>
      </p>
      <PageHeader
        title={t("detail.heading", { number: ret.number })}
        // messages: returns.status.* (one per return_status)
        description={t("detail.requested", { date: formatDateTime(ret.createdAt, locale), status: tReturns(`status.${ret.status}`) })}
      >
        <Link href={`/admin/orders/${ret.order.number}`} className="underline">
          {t("detail.order", { number: ret.order.number })}
        </Link>
      </PageHeader>
      {/* messages: adminReturns.done.* */}
      <FormStatus>{isNotice(done) ? t(`done.${done}`) : undefined}</FormStatus>
      <section className="rounded-xl border border-zinc-200 bg-white p-4">
        <ReturnSummary ret={ret} />
      </section>
      <section aria-labelledby="return-actions-heading">
        <h2 id="return-actions-heading" className="mb-3 text-lg font-semibold">
          {t("detail.actions")}
        </h2>
        <ReturnActions
          returnNumber={ret.number}
          actions={availableReturnActions(ret.status, ret.resolution, "staff")}
          lines={ret.lines.map((l) => ({ id: l.orderLineId, title: l.title, quantity: l.quantity }))}
          mayRefund={hasPermission(user, "refund")}
          shippingNote={refundShippingOnReturn ? t("detail.shippingRefunded") : t("detail.shippingKept")}
        />
      </section>
      {refunds && <RefundSummaryView summary={refunds} />}
    </div>
  );
}
