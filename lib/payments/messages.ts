import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences the payment code writes for a shopper (messages/<locale>/payment.json "errors"), translated where they are shown. */
export const PAYMENT_ERRORS: KnownMessages = {
  namespace: "payment.errors",
  keys: [
    "noPayment",
    "checkCard",
    "enterCard",
    "sixteenDigits",
    "invalidCard",
    "testCardsOnly",
    "declined",
    "notConfirmed",
    "noLongerPayable",
    "notAccepted",
    "alreadyPaid",
    "cancelled",
    "notWaiting",
    "timeRanOut",
    "methodNotOffered",
    "wrongMethod",
  ],
};

/** The payment settings form's answers (messages/<locale>/adminPayments.json "answers"). */
export const PAYMENT_SETTINGS_MESSAGES: KnownMessages = {
  namespace: "adminPayments.answers",
  keys: ["correctFields", "noMethod", "unknownMethod", "saved"],
};
