import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences lib/cart writes for a shopper (messages/<locale>/cart.json "errors"), translated where they are shown. */
export const CART_NOTICES: KnownMessages = {
  namespace: "cart.errors",
  keys: [
    "expired",
    "chooseOption",
    "alreadyHave",
    "noMore",
    "clamped",
    "added",
    "removed",
    "updated",
    "addFirst",
    "couponApplied",
    "couponRemoved",
    "correctFields",
    "enterQuantity",
    "wholeNumber",
    "zeroOrMore",
    "atLeastOne",
    "smaller",
    "unknownItem",
    "enterCoupon",
    "couponTooLong",
    "couponCharacters",
    "unavailable",
    "outOfStock",
    "maxPerLine",
    "onlyLeftPreorder",
    "onlyLeft",
  ],
};
