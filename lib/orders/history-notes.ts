import type { KnownMessages } from "@/lib/i18n/known-messages";

/**
 * The notes lib/orders, lib/refunds and lib/returns write on an order's timeline (order_events.note),
 * stored as English sentences; the shopper's order page shows them in its own language by matching
 * them against messages/<locale>/orderHistory.json "notes" (old rows included). What people typed
 * (a reason, a carrier, a staff note) stays as typed. The order matters: a longer sentence comes
 * before the shorter one it starts like ("Return {number}" last).
 */
export const ORDER_HISTORY_NOTES: KnownMessages = {
  namespace: "orderHistory.notes",
  keys: [
    "placed",
    "paidForReview",
    "paid",
    "approved",
    "expired",
    "cancelledAfterPayment",
    "cancelledByShop",
    "paidAfterCancel",
    "paymentMismatch",
    "autoDelivered",
    "autoCompleted",
    "refundedInFull",
    "refundedWithReason",
    "refunded",
    "refundedThroughMany",
    "refundedThrough",
    "nothingCaptured",
    "returnRequested",
    "refund",
    "exchange",
    "returnApprovedWithNote",
    "returnApproved",
    "returnRejectedWithNote",
    "returnRejected",
    "returnSentBack",
    "returnWithdrawn",
    "returnReceived",
    "exchangeShipped",
    "returnNumber",
    // two notes in one event (a staff reason, then what the refund did)
    "joined",
  ],
};
