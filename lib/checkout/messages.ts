import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The default shipping rates' names and descriptions (db/migrations 0007), read in the page's language while the merchant keeps them. */
export const CHECKOUT_DEFAULT_METHODS: KnownMessages = {
  namespace: "checkout.defaultMethods",
  keys: ["standard", "standardDescription", "express", "expressDescription"],
};

/** The sentences lib/checkout and its schema write for a shopper (messages/<locale>/checkout.json "errors"). */
export const CHECKOUT_ERRORS: KnownMessages = {
  namespace: "checkout.errors",
  keys: [
    "unconfirmed",
    "correctFields",
    "email",
    "shippingMethod",
    "expiredForm",
    "paymentsNotConfigured",
    "formUsed",
    "cartEmpty",
    "chooseOffered",
    "totalChanged",
    "soldOut",
    "onlyLeftOf",
    "signInForSaved",
    "savedGone",
    "noLongerAvailable",
    "mixedCurrencies",
  ],
};
