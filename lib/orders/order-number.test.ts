import { describe, expect, it } from "vitest";
import { formatOrderNumber, isOrderNumber } from "./order-number";

describe("order numbers", () => {
  it("formats MC-YYYY-NNNNNN", () => {
    expect(formatOrderNumber(2026, 123)).toBe("MC-2026-000123");
    expect(formatOrderNumber(2026, 1234567)).toBe("MC-2026-1234567");
    expect(isOrderNumber("MC-2026-000123")).toBe(true);
    expect(isOrderNumber("MC-2026-12")).toBe(false);
    expect(isOrderNumber("1 or 1=1")).toBe(false);
  });
});
