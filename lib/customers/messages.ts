import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences the customer pages' actions answer (messages/<locale>/adminCustomers.json "errors"), role names and points included. */
export const CUSTOMER_MESSAGES: KnownMessages = {
  namespace: "adminCustomers.errors",
  keys: [
    "unreadable",
    "onlyAdminChange",
    "ownRole",
    "gone",
    "lastAdmin",
    "onlyAdminRoles",
    "ownAccount",
    "onlyAdminDo",
    "notFound",
    "chooseRole",
    "roleChanged",
    "roleSame",
    // the role names inside "this account is now {role}" (lib/customers/actions.ts)
    "aCustomer",
    "staff",
    "anAdmin",
    "disabled",
    "enabled",
    "sessionsEnded",
    "customerGone",
    "wholePoints",
    "pointsRange",
    "notZero",
    "reason",
    "reasonTooLong",
    "negativeOne",
    "negative",
    "addedOne",
    "added",
    "tookOne",
    "took",
  ],
};
