import type { KnownMessages } from "@/lib/i18n/known-messages";

/** The sentences every back-office action may answer with: the caller check and the builder's refusals (messages/<locale>/adminShared.json "errors"). */
export const STAFF_ERRORS: KnownMessages = {
  namespace: "adminShared.errors",
  keys: ["correctFields", "unreadable", "sessionEnded", "noAccess", "codeFirst", "twoFactorFirst", "adminOnly"],
};
