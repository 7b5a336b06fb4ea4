import { describe, expect, it } from "vitest";
import { sessionExpiresAt } from "./expiry";

const now = new Date("2026-05-01T12:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);
const unix = (d: Date) => Math.floor(d.getTime() / 1000);

describe("Stripe Checkout Session expiry", () => {
  it("matches the order's payment due time when Stripe allows it", () => {
    expect(sessionExpiresAt(minutes(45), now)).toBe(unix(minutes(45)));
    expect(sessionExpiresAt(minutes(600), now)).toBe(unix(minutes(600)));
  });

  it("never asks for less than Stripe's 30-minute minimum or more than its 24-hour maximum", () => {
    expect(sessionExpiresAt(minutes(29), now)).toBe(unix(minutes(31)));
    expect(sessionExpiresAt(minutes(-5), now)).toBe(unix(minutes(31)));
    expect(sessionExpiresAt(minutes(48 * 60), now)).toBe(unix(minutes(23 * 60)));
  });
});
