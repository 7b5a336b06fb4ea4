import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences the account pages' actions and the favourites toggle answer (messages/<locale>/account.json "refusals"). */
export const ACCOUNT_REFUSALS: KnownMessages = {
  namespace: "account.refusals",
  keys: [
    "nameSaved",
    "passwordChangesMinutes",
    "passwordChangesSeconds",
    "signInAgainFailed",
    "passwordChanged",
    "alreadyConfirmed",
    "enterLatestCode",
    "emailConfirmed",
    "accountMissing",
    "enterCurrentPassword",
    "wrongCurrentPassword",
    "samePassword",
    "changedMeanwhile",
    "signInForFavourites",
    "productMissing",
    "productGone",
  ],
};
