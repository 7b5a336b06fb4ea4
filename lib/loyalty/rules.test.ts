import { describe, expect, it } from "vitest";
import { pointsFor } from "./earn";
import { lapsedUnspent, type LedgerMovement } from "./expiry";
import { refundShare } from "./ledger";
import { memberPrice } from "./member-price";

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day));
const row = (kind: LedgerMovement["kind"], points: number, extra: Partial<LedgerMovement> = {}): LedgerMovement => ({
  kind,
  points,
  orderId: null,
  expiresAt: null,
  ...extra,
});

describe("points rules (pure)", () => {
  it("earns whole points per 1.00, rounded down, nothing on nothing", () => {
    expect(pointsFor(5997 - 1000, 1, "USD")).toBe(49);
    expect(pointsFor(99, 1, "USD")).toBe(0);
    expect(pointsFor(-50, 3, "USD")).toBe(0);
    expect(pointsFor(1000, 3, "USD")).toBe(30);
    // Per 1.00 of the currency: ¥1,000 (1,000 minor units) and 10.000 KWD (10,000) both earn 10 at 1 a unit.
    expect(pointsFor(1000, 1, "JPY")).toBe(1000);
    expect(pointsFor(10_000, 1, "KWD")).toBe(10);
  });

  it("refund shares round down and sum exactly over a series of cumulative refunds", () => {
    expect(refundShare(100, 3333, 10000)).toBe(33);
    expect(refundShare(100, 10000, 10000)).toBe(100);
    expect(refundShare(100, 20000, 10000)).toBe(100);
    expect(refundShare(0, 5000, 10000)).toBe(0);
    expect(refundShare(7, 1, 0)).toBe(7);
  });

  it("member price takes the tier's percent off, the discount rounded half up", () => {
    expect(memberPrice(2999, 5)).toBe(2849); // 149.95 → 150 off
    expect(memberPrice(1000, 0)).toBe(1000);
    expect(memberPrice(1000, 100)).toBe(0);
  });

  it("lapsed unspent points: spending uses the soonest-lapsing lot first; credits without expiry never lapse", () => {
    const rows = [
      row("earned", 100, { expiresAt: at(10) }),
      row("adjusted", 50),
      row("earned", 40, { expiresAt: at(40) }),
      row("redeemed", -120),
    ];
    expect(lapsedUnspent(rows, at(5))).toBe(0);
    expect(lapsedUnspent(rows, at(10))).toBe(0); // the first lot was spent, then 20 of the second
    expect(lapsedUnspent(rows, at(40))).toBe(20);
    expect(lapsedUnspent([...rows, row("expired", -20)], at(40))).toBe(0);
  });

  it("an order's reversal takes its own lot; an earlier expiry sweep counts", () => {
    const rows = [
      row("earned", 30, { expiresAt: at(10) }),
      row("earned", 25, { expiresAt: at(90), orderId: "o1" }),
      row("reversed", -25, { orderId: "o1" }),
    ];
    expect(lapsedUnspent(rows, at(20))).toBe(30);
    expect(lapsedUnspent([...rows, row("expired", -30)], at(100))).toBe(0);
  });
});
