import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences lib/returns writes for a shopper (messages/<locale>/returns.json "errors"), translated where they are shown. */
export const RETURN_ERRORS: KnownMessages = {
  namespace: "returns.errors",
  keys: [
    "correctFields",
    "notDelivered",
    "viewOnly",
    "wholeNumber",
    "zeroOrMore",
    "reason",
    "reasonTooLong",
    "resolution",
    "notReturnNumber",
    "photosTooLarge",
    "notPicture",
    "chooseQuantity",
    "notInOrder",
    "atMost",
    "chooseInstead",
    "chooseVersion",
    "versionStock",
    "noSuchReturn",
    "changed",
  ],
};
