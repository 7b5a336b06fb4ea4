import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences a refused export request answers (messages/<locale>/adminExports.json "errors"). */
export const EXPORT_MESSAGES: KnownMessages = {
  namespace: "adminExports.errors",
  keys: ["report", "day", "amount", "search", "status", "low", "fromAfterTo", "dailyBothDates", "dailyTooLong"],
};
