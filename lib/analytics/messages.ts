import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences parseRangeParams (./range.ts) writes for an unusable range (messages/<locale>/adminDashboard.json "rangeErrors"). */
export const RANGE_ERRORS: KnownMessages = { namespace: "adminDashboard.rangeErrors", keys: ["bothDates", "fromAfterTo", "tooLong"] };
