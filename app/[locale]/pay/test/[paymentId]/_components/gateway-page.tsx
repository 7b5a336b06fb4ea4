import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { localized, requestLocale } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money";
import { isMethodId, type MethodId } from "@/lib/payments/methods";
import { PAYMENT_ERRORS } from "@/lib/payments/messages";
import { payability } from "@/lib/payments/test-gateway/payability";
import { testPaymentPath } from "@/lib/payments/test-gateway/provider";
import { getTestPaymentForCurrentViewer } from "@/lib/payments/test-gateway/queries";
import { storeName } from "@/lib/settings/store";

/**
 * One hosted page of the test gateway: the order and amount, then the method's own form
 * (`children`) while the payment is open. A payment opened for another method goes to that method's page.
 */
export async function GatewayPage({ paymentId, method, children }: { paymentId: string; method: MethodId; children: ReactNode }) {
  const locale = await requestLocale();
  const [payment, name, t, translate] = await Promise.all([
    getTestPaymentForCurrentViewer(paymentId),
    storeName(),
    getTranslations("payment"),
    knownMessageTranslator(locale, PAYMENT_ERRORS),
  ]);
  if (!payment) notFound();
  if (payment.method !== method && isMethodId(payment.method)) redirect(await localized(testPaymentPath(payment.id, payment.method)));
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
        children
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
