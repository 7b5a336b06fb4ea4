import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { TestCardForm } from "@/components/payments/test-card-form";
import { storeName } from "@/lib/settings/store";
import { formatMoney } from "@/lib/money";
import { payability } from "@/lib/payments/test-gateway/payability";
import { getTestPaymentForCurrentViewer } from "@/lib/payments/test-gateway/queries";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { requestLocale } from "@/lib/i18n/server";
import { PAYMENT_ERRORS } from "@/lib/payments/messages";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payment.meta");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function TestPaymentPage({ params }: { params: Promise<{ paymentId: string }> }) {
  const { paymentId } = await params;
  const locale = await requestLocale();
  const [payment, name, t, translate] = await Promise.all([
    getTestPaymentForCurrentViewer(paymentId),
    storeName(),
    getTranslations("payment"),
    knownMessageTranslator(locale, PAYMENT_ERRORS),
  ]);
  if (!payment) notFound();
  const status = payability(payment, new Date());
  const orderHref = `/orders/${encodeURIComponent(payment.orderNumber)}`;

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-zinc-600">{t("pay", { store: name })}</p>
        <h1 className="text-2xl font-bold">{t("order", { number: payment.orderNumber })}</h1>
        <p className="mt-1 text-3xl font-semibold">{formatMoney({ amount: payment.amount, currency: payment.currency }, locale)}</p>
      </div>
      {status.open ? (
        <TestCardForm paymentId={payment.id} />
      ) : (
        <div role="status" className="space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-4">
          <p>{translate(status.message)}</p>
          <Link href={orderHref} className="font-medium underline">
            {t("viewOrder", { number: payment.orderNumber })}
          </Link>
        </div>
      )}
    </div>
  );
}
