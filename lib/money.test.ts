import { describe, expect, it } from "vitest";
import { decimalAmount, formatMajorUnits, formatMoney, parseMajorUnits } from "./money";

describe("money", () => {
  it("formats minor units in the currency's own digits", () => {
    expect(formatMoney({ amount: 1999, currency: "USD" })).toBe("$19.99");
    expect(formatMoney({ amount: 123456, currency: "EUR" })).toBe("€1,234.56");
    expect(formatMoney({ amount: 123456, currency: "CNY" }, "zh-CN")).toBe("¥1,234.56");
    expect(formatMoney({ amount: 1999, currency: "USD" }, "zh-CN")).toBe("US$19.99");
    expect(formatMoney({ amount: 1500, currency: "JPY" })).toBe("¥1,500");
  });
  it("parses typed amounts exactly, without floating point", () => {
    expect(parseMajorUnits("19.99", "USD")).toBe(1999);
    expect(parseMajorUnits("0.1", "USD")).toBe(10);
    expect(parseMajorUnits("20", "USD")).toBe(2000);
    expect(parseMajorUnits("1500", "JPY")).toBe(1500);
  });
  it("rejects what is not a plain positive amount", () => {
    for (const bad of ["-5", "1e9", "abc", "", "19.999", "1,000", "10.5", "9999999999"]) {
      expect(parseMajorUnits(bad, bad === "10.5" ? "JPY" : "USD"), bad).toBeNull();
    }
  });
  it("writes minor units back as the amount a shopper types", () => {
    expect(formatMajorUnits(1999, "USD")).toBe("19.99");
    expect(formatMajorUnits(2000, "USD")).toBe("20");
    expect(formatMajorUnits(1050, "USD")).toBe("10.50");
    expect(formatMajorUnits(1500, "JPY")).toBe("1500");
    expect(parseMajorUnits(formatMajorUnits(1050, "USD"), "USD")).toBe(1050);
    // A three-digit currency's amount, written into an edit form, reads back as it was.
    expect(formatMajorUnits(1250, "KWD")).toBe("1.250");
    expect(parseMajorUnits(formatMajorUnits(1250, "KWD"), "KWD")).toBe(1250);
    expect(parseMajorUnits("1.2505", "KWD")).toBeNull();
  });
  it("writes minor units as a decimal string with every digit of the currency, exactly", () => {
    expect(decimalAmount(1250, "USD")).toBe("12.50");
    expect(decimalAmount(2000, "USD")).toBe("20.00");
    expect(decimalAmount(5, "USD")).toBe("0.05");
    expect(decimalAmount(0, "EUR")).toBe("0.00");
    expect(decimalAmount(-1999, "USD")).toBe("-19.99");
    expect(decimalAmount(1500, "JPY")).toBe("1500");
    expect(decimalAmount(900719925474099, "USD")).toBe("9007199254740.99");
  });
});
