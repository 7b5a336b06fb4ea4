import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { COOKIES } from "@/lib/cookie-names";
import { ConfirmEmailNotice } from "@/components/account/confirm-email-notice";
import { getSessionUser } from "@/lib/auth/session";
import { currentCartId } from "@/lib/cart/current";
import { getCheckoutPageData } from "@/lib/checkout/queries";
import { activeProviderId } from "@/lib/payments/providers";
import { listEnabledPaymentMethods } from "@/lib/payments/settings";
import { shippingCost } from "@/lib/checkout/shipping-rules";
import { quoteCart } from "@/lib/pricing/quote";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { requestLocale } from "@/lib/i18n/server";
import { CHECKOUT_DEFAULT_METHODS } from "@/lib/checkout/messages";
import { CheckoutForm } from "./_components/checkout-form";
import { OrderSummary } from "./_components/order-summary";
import { PolicyNote } from "./_components/policy-note";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("checkout.meta");
  return { title: t("title"), robots: { index: false } };
}

// Per shopper: the cart, the session and a fresh checkout key on every request.
export const dynamic = "force-dynamic";

export default async function CheckoutPage() {
  const [user, t, locale, payment, enabledMethods] = await Promise.all([
    getSessionUser(),
    getTranslations("checkout"),
    requestLocale(),
    getTranslations("payment"),
    listEnabledPaymentMethods(),
  ]);
  // An account whose e-mail is not proven sees no saved addresses (and cannot place the order).
  const cartId = await currentCartId();
  // A guest's e-mail is known once they tried to place the order (lib/checkout/actions.ts): it counts their per-customer limits.
  const typed = (await cookies()).get(COOKIES.checkoutEmail)?.value;
  const contactEmail = user?.email ?? (typed && z.email().safeParse(typed).success ? typed.toLowerCase() : null);
  const shopperId = user?.emailVerified ? user.id : null;
  const data = await getCheckoutPageData(cartId, shopperId);
  if (data.lines.length === 0) {
    return (
      <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-zinc-600">{t("empty.body")}</p>
        <Link href="/cart" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          {t("empty.toCart")}
        </Link>
      </div>
    );
  }
  // Every choice priced now by the pipeline the order uses: each shipping method, with and without points.
  const quote = await quoteCart({
    cartId,
    lines: data.lines,
    currency: data.currency,
    userId: shopperId,
    email: contactEmail,
    shippings: data.methods.map((m) => shippingCost(m, data.subtotal)),
  });
  // The shop's default rates ("Standard", "Tracked delivery") read in the page's language; a merchant's own names stay as typed.
  const translate = await knownMessageTranslator(locale, CHECKOUT_DEFAULT_METHODS);
  const methods = data.methods.map((m) => ({ ...m, name: translate(m.name), description: m.description && translate(m.description) }));
  // messages: payment.methods.*
  const paymentMethods = enabledMethods.map((m) => ({ id: m.id, name: payment(`methods.${m.nameKey}`), icon: m.icon }));
  const quotes = Object.fromEntries(
    data.methods.map((m, i) => [m.code, { withPoints: quote.withPoints[i]!, withoutPoints: quote.withoutPoints[i]! }]),
  );
  return (
    <ClientMessages locale={locale} namespaces={["checkoutForm", "loyaltyCheckout", "address", "accountForms", "authForms"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        {user && !user.emailVerified && <ConfirmEmailNotice email={user.email} />}
        {activeProviderId() ? null : (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-800">
            {t("errors.paymentsNotConfigured")}
          </p>
        )}
        <div className="grid gap-8 lg:grid-cols-[1fr_22rem] lg:items-start">
          <CheckoutForm
            checkoutKey={randomUUID()}
            email={contactEmail ?? ""}
            signedIn={!!user}
            addresses={data.addresses}
            methods={methods}
            subtotal={data.subtotal}
            currency={data.currency}
            quotes={quotes}
            couponCode={quote.couponCode}
            paymentMethods={paymentMethods}
          />
          <OrderSummary lines={data.lines}>
            <PolicyNote />
          </OrderSummary>
        </div>
      </div>
    </ClientMessages>
  );
}
