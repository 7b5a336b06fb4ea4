import { staffAlertKind, type StaffAlertKind } from "@/db/schema";

export type { StaffAlertKind } from "@/db/schema";

/** Every kind of alert, in the order the preferences page lists them. */
export const ALERT_KINDS: readonly StaffAlertKind[] = staffAlertKind.enumValues;

/** What each kind is about, as staff read it on the preferences page. */
export const ALERT_KIND_LABELS: Record<StaffAlertKind, string> = {
  order_paid: "New paid orders",
  refund_requested: "Refund requests",
  return_requested: "Return requests",
  product_question: "Product questions",
  low_stock: "Low stock",
  payment_failed: "Failed payments and refused payment webhooks",
  preorder_ready: "Pre-orders ready to ship",
};

export type AlertPreference = { kind: StaffAlertKind; bell: boolean; email: boolean };

/** A staff member's choice per kind, from their saved rows: a kind without a row has the bell and the e-mail on. */
export function resolvePreferences(rows: readonly AlertPreference[]): AlertPreference[] {
  return ALERT_KINDS.map((kind) => rows.find((r) => r.kind === kind) ?? { kind, bell: true, email: true });
}

/** The kinds a staff member wants in the bell (`bell`) or by e-mail (`email`). */
export function wantedKinds(rows: readonly AlertPreference[], channel: "bell" | "email"): StaffAlertKind[] {
  return resolvePreferences(rows)
    .filter((p) => p[channel])
    .map((p) => p.kind);
}

/** The number shown on the bell and in its name ("Alerts, 3 unread"), capped ("99+"); null when nothing is unread. */
export function bellBadge(unread: number, cap = BELL_CAP): string | null {
  if (unread <= 0) return null;
  return unread >= cap ? `${cap - 1}+` : String(unread);
}

/** The bell counts at most this many unread alerts (so the count stays one bounded index scan). */
export const BELL_CAP = 100;
/** …among the alerts of this many recent days. */
export const BELL_DAYS = 30;

/** Only a back-office path is followed when an alert is opened (never another site). */
export function safeAlertHref(href: string): string {
  return /^\/admin(\/|$|\?)/.test(href) && !href.startsWith("//") ? href : "/admin/alerts";
}
