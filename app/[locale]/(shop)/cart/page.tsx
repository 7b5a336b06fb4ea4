import type { Metadata } from "next";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { BuyAgainNotice } from "@/components/cart/buy-again-notice";
import { CartCountSync } from "@/components/cart/cart-count-sync";
import { CartLines } from "@/components/cart/cart-lines";
import { CartSummary } from "@/components/cart/cart-summary";
import { ShareButton } from "@/components/share/share-button";
import { currentCartId } from "@/lib/cart/current";
import { getCartView } from "@/lib/cart/queries";
import { getSessionUser } from "@/lib/auth/session";
import { buyAgainNotice } from "@/lib/orders/queries/buy-again";
import { quoteCart } from "@/lib/pricing/quote";
import { alsoBought } from "@/lib/recommendations/queries";
import { RecommendationSection } from "@/components/product/recommendation-section";
import { getShopperPolicies } from "@/lib/settings/policies/queries";
import { formatMoney } from "@/lib/money";
import { CHECKOUT_DEFAULT_METHODS } from "@/lib/checkout/messages";
import { freeShippingTerms } from "@/lib/settings/policies/texts";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { requestLocale } from "@/lib/i18n/server";
import { CART_NOTICES } from "@/lib/cart/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cart.meta");
  return { title: t("title"), robots: { index: false } };
}

// Per shopper: read from the cookie or session on every request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CartPage({ searchParams }: Props) {
  const locale = await requestLocale();
  const [view, user, params, { offers, currency }, t, translate] = await Promise.all([
    currentCartId().then(getCartView),
    getSessionUser(),
    searchParams,
    getShopperPolicies(),
    getTranslations("cart"),
    knownMessageTranslator(locale, CART_NOTICES),
  ]);
  const rateName = await knownMessageTranslator(locale, CHECKOUT_DEFAULT_METHODS);
  // The free-shipping sentence in the page's language (lib/settings/policies words it in English for e-mails and store pages).
  const free = freeShippingTerms(offers);
  const freeShipping =
    free === null
      ? null
      : free.from === 0
        ? t("summary.freeAlways")
        : t("summary.freeOver", {
            rate: free.rate === "any" ? "any" : rateName(free.rate),
            amount: formatMoney({ amount: free.from, currency }, locale),
          });
  // Line notices ("Only 2 left in stock") come from lib/cart in English.
  const cart = {
    ...view,
    lines: view.lines.map((l) => (l.notice ? { ...l, notice: { ...l.notice, message: translate(l.notice.message) } } : l)),
  };
  // After Buy again on the order list: what went in and what could not (read from the shopper's own order).
  const notice = <BuyAgainNotice notice={await buyAgainNotice(user?.id ?? null, params)} />;
  const sync = (
    <>
      <CartCountSync count={cart.itemCount} />
      {notice}
    </>
  );
  if (cart.lines.length === 0) {
    return (
      <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
        {sync}
        <h1 className="text-3xl font-bold tracking-tight">{t("empty.title")}</h1>
        <p className="text-zinc-600">{t("empty.body")}</p>
        <Link href="/" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
          {t("empty.continue")}
        </Link>
      </div>
    );
  }
  const lines = cart.lines.filter((l) => l.purchasable);
  const inCart = [...new Set(cart.lines.map((l) => l.productId))];
  // Priced by the same pipeline as the order (flash sales, member price, promotions, the coupon); shipping comes at checkout.
  const [quote, related] = await Promise.all([
    lines.length > 0
      ? quoteCart({
          cartId: cart.id,
          lines,
          currency: cart.currency,
          userId: user?.emailVerified ? user.id : null,
          email: user?.email ?? null,
          shippings: [null],
        })
      : null,
    alsoBought(inCart, 4),
  ]);
  return (
    <ClientMessages locale={locale} namespaces={["cartLine", "product.price", "share.button"]}>
      <div className="flex flex-col gap-6">
        {sync}
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <div className="grid gap-8 lg:grid-cols-[1fr_20rem] lg:items-start">
          <CartLines lines={cart.lines} />
          <div className="flex flex-col gap-3 lg:sticky lg:top-36">
            <CartSummary
              cart={cart}
              summary={quote?.withoutPoints[0] ?? null}
              couponCode={quote?.couponCode ?? null}
              freeShipping={freeShipping}
            />
            <Link href="/" className="text-center text-sm underline">
              {t("continue")}
            </Link>
            <ShareButton title={t("shareTitle")} createAt="/api/cart/share" />
          </div>
        </div>
        <RecommendationSection title={t("alsoBought")} products={related} className="mt-10" />
      </div>
    </ClientMessages>
  );
}
