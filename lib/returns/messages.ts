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

/** The sentences the back office's return steps answer (messages/<locale>/adminReturns.json "errors"). */
export const STAFF_RETURN_ERRORS: KnownMessages = {
  namespace: "adminReturns.errors",
  keys: [
    "unreadable",
    "refundRefused",
    "cannotNow",
    "notChanged",
    "exchangeGone",
    "exchangeStock",
    "enterCarrier",
    "enterTracking",
    "noteTooLong",
    // the status inside "This return is {status}, …" (lib/returns/rules.ts writes it in lower case)
    "state.requested",
    "state.approved",
    "state.rejected",
    "state.in_transit",
    "state.received",
    "state.refunded",
    "state.exchanged",
    "state.withdrawn",
  ],
};
