import type { KnownMessages } from "@/lib/i18n/known-messages";

/** What the stock actions answer (lib/inventory/actions.ts, schema.ts, mutations.ts), in messages/<locale>/adminInventory.json "errors". */
export const INVENTORY_ERRORS: KnownMessages = {
  namespace: "adminInventory.errors",
  keys: [
    "adjustedFilled",
    "adjusted",
    // the words inside "Stock of … is now … ({change}, {reason})."
    "unchanged",
    "received",
    "correction",
    "stocktake",
    "damaged",
    "variantGone",
    "belowZero",
    "thresholdDefault",
    "thresholdSet",
    "wholeAdjustment",
    "wholeCounted",
    "chooseReason",
    "noteTooLong",
    "countedIsStocktake",
    "notBoth",
    "countedNegative",
    "enterCounted",
    "notZero",
    "receivedPositive",
    "damagedNegative",
    "wholeThreshold",
    "thresholdNegative",
  ],
};
