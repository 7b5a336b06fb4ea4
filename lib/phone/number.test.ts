import { describe, expect, it } from "vitest";
import { formatPhone, maskPhone, normalisePhone } from "./number";

describe("mobile numbers", () => {
  it.each([
    ["138 0013 8000", "CN", "+8613800138000"],
    ["+86 138-0013-8000", "US", "+8613800138000"],
    ["0086 13800138000", "US", "+8613800138000"],
    ["(415) 555-0100", "US", "+14155550100"],
    ["+1 415 555 0100", "CN", "+14155550100"],
    [" +44 7700 900 123 ", "CN", null],
  ])("%s (default %s) → %s", (typed, country, e164) => {
    const parsed = normalisePhone(typed, country);
    if (e164) expect(parsed).toEqual({ ok: true, e164 });
    else expect(parsed.ok).toBe(false);
  });

  it("numbers without a country code belong to the default country", () => {
    expect(normalisePhone("13800138000", "CN")).toEqual({ ok: true, e164: "+8613800138000" });
    expect(normalisePhone("13800138000", "US").ok).toBe(false);
  });

  it("refuses landlines, short numbers, letters and overlong input", () => {
    expect(normalisePhone("010 6552 9988", "CN")).toEqual({ ok: false, reason: "not-mobile" });
    expect(normalisePhone("12345", "CN")).toEqual({ ok: false, reason: "invalid" });
    expect(normalisePhone("138abc00138000", "CN")).toEqual({ ok: false, reason: "invalid" });
    expect(normalisePhone("1".repeat(40), "CN")).toEqual({ ok: false, reason: "invalid" });
    expect(normalisePhone("", "CN")).toEqual({ ok: false, reason: "invalid" });
  });

  it("formats and masks a stored number", () => {
    expect(formatPhone("+8613800138000")).toBe("+86 138 0013 8000");
    expect(maskPhone("+8613800138000")).toBe("+86 *** **** 8000");
    expect(maskPhone("+14155550100")).toBe("+1 *** *** 0100");
  });
});
