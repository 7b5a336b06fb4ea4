/**
 * The message namespaces that client components read (useTranslations in a "use client" file).
 * Only these travel to the browser with each page; server components read every namespace on
 * the server. A client component whose namespace is missing here shows its keys, which the
 * messages test finds.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "phone",
  "address",
  "catalogAdmin",
  "layout",
  "search",
  "listing",
  "product",
  "reviews",
  "questions",
  "share",
  "deals",
  "cartLine",
  "checkoutForm",
  "loyaltyCheckout",
  "paymentForm",
  "trackForm",
  "ordersActions",
  "returnsForm",
  "reviewForm",
  "authForms",
  "accountForms",
] as const;
