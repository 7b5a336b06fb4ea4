import { describe, expect, it } from "vitest";
import { buyAgainHref, buyAgainMessage, parseBuyAgainParams } from "./buy-again-notice";

describe("buy again notice", () => {
  it("round-trips the outcomes through the cart URL", () => {
    const href = buyAgainHref("MC-2026-000123", [
      { lineId: 1, outcome: "added" },
      { lineId: 2, outcome: "added" },
      { lineId: 3, outcome: "unavailable" },
      { lineId: 4, outcome: "clamped" },
    ]);
    expect(href).toBe("/cart?bought-again=MC-2026-000123&added=1%2C2&clamped=4&unavailable=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    const parsed = parseBuyAgainParams(params);
    expect(parsed?.number).toBe("MC-2026-000123");
    expect([...parsed!.outcomes]).toEqual([
      [1, "added"],
      [2, "added"],
      [4, "clamped"],
      [3, "unavailable"],
    ]);
  });

  it("ignores a URL without an order or with nonsense ids", () => {
    expect(parseBuyAgainParams({})).toBeNull();
    expect(parseBuyAgainParams({ "bought-again": "MC-1", added: "x,-2,1.5," })).toBeNull();
  });

  it("says what was added and what could not be, and why", () => {
    const m = buyAgainMessage("MC-9", [
      { lineId: 1, title: "Mug", outcome: "added" },
      { lineId: 2, title: "Tee", outcome: "clamped" },
      { lineId: 3, title: "Lamp", outcome: "unavailable" },
      { lineId: 4, title: "Chair", outcome: "out-of-stock" },
    ]);
    expect(m.added).toBe("Added to your cart from order MC-9: Mug, Tee (fewer than before: limited stock).");
    expect(m.notAdded).toBe("Could not be added: Lamp (no longer sold), Chair (out of stock).");
    expect(buyAgainMessage("MC-9", [{ lineId: 3, title: "Lamp", outcome: "unavailable" }]).added).toBeNull();
  });
});
