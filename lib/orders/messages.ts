import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences lib/orders writes for a shopper on the order page (messages/<locale>/orders.json "errors"). */
export const ORDER_ERRORS: KnownMessages = {
  namespace: "orders.errors",
  keys: [
    "notYours",
    "viewOnly",
    "notWaiting",
    "timeRanOut",
    "paymentUnavailable",
    "noSuchOrder",
    "refundReason",
    "reasonTooLong",
    "enterCarrier",
    "enterTracking",
    "correctFields",
    "cannotDo",
    "refused",
    "cannotCancel",
    "cannotConfirm",
    "cannotRefund",
    "cannotPay",
    "notChanged",
    // the status words inside "This order is {status}, …" (lib/orders/transitions.ts writes them in lower case)
    "pending_payment",
    "awaiting_review",
    "paid",
    "shipped",
    "delivered",
    "completed",
    "cancelled",
    "refund_requested",
    "refunded",
    "refund_rejected",
  ],
};

/** Track order's sentences (messages/<locale>/track.json "errors"), the rate limit's "Try again in …" included. */
export const TRACK_ERRORS: KnownMessages = {
  namespace: "track.errors",
  keys: ["noMatch", "tooMany", "retrySecond", "retrySeconds", "retryMinute", "retryMinutes", "orderNumber", "email", "correctFields"],
};
