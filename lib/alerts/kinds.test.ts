import { describe, expect, it } from "vitest";
import { ALERT_KINDS, bellBadge, resolvePreferences, safeAlertHref, wantedKinds } from "./kinds";
import { alertPreferencesSchema } from "./schema";

describe("alert preferences and the bell", () => {
  it("a kind without a saved row has the bell and the e-mail on", () => {
    const prefs = resolvePreferences([{ kind: "low_stock", bell: true, email: false }]);
    expect(prefs).toHaveLength(ALERT_KINDS.length);
    expect(prefs.find((p) => p.kind === "low_stock")).toEqual({ kind: "low_stock", bell: true, email: false });
    expect(prefs.find((p) => p.kind === "order_paid")).toEqual({ kind: "order_paid", bell: true, email: true });
    expect(wantedKinds([{ kind: "low_stock", bell: true, email: false }], "email")).not.toContain("low_stock");
    expect(wantedKinds([{ kind: "order_paid", bell: false, email: true }], "bell")).toEqual(ALERT_KINDS.filter((k) => k !== "order_paid"));
  });

  it("the form: a checked box is on, a missing one off", () => {
    const parsed = alertPreferencesSchema.parse({ "bell.order_paid": "on", "email.low_stock": "on" });
    expect(parsed.find((p) => p.kind === "order_paid")).toEqual({ kind: "order_paid", bell: true, email: false });
    expect(parsed.find((p) => p.kind === "low_stock")).toEqual({ kind: "low_stock", bell: false, email: true });
    expect(parsed.find((p) => p.kind === "payment_failed")).toEqual({ kind: "payment_failed", bell: false, email: false });
  });

  it("names the bell with its count, capped", () => {
    expect(bellBadge(0)).toBeNull();
    expect(bellBadge(3)).toBe("3");
    expect(bellBadge(100)).toBe("99+");
  });

  it("opens only back-office paths", () => {
    expect(safeAlertHref("/admin/orders/MC-2026-000001")).toBe("/admin/orders/MC-2026-000001");
    expect(safeAlertHref("/admin")).toBe("/admin");
    for (const bad of ["https://evil.example", "//evil.example/admin", "/orders/1", "/administrator"])
      expect(safeAlertHref(bad), bad).toBe("/admin/alerts");
  });
});
