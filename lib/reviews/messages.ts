import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences lib/reviews writes for the review form (messages/<locale>/reviewForm.json "errors"). */
export const REVIEW_FORM_ERRORS: KnownMessages = {
  namespace: "reviewForm.errors",
  keys: [
    "correctFields",
    "chooseRating",
    "atLeast",
    "underMax",
    "tooMany",
    "notYours",
    "notDelivered",
    "alreadyReviewed",
    "productGone",
    "retrySecond",
    "retrySeconds",
    "retryMinute",
    "retryMinutes",
  ],
};
