import type { KnownMessages } from "@/lib/i18n/known-messages";

/** What the alert actions answer (lib/alerts/actions.ts), in messages/<locale>/adminAlerts.json "errors". */
export const ALERT_MESSAGES: KnownMessages = {
  namespace: "adminAlerts.errors",
  keys: ["nothingUnread", "markedOne", "markedMany", "saved"],
};
