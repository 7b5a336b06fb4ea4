import { describe, expect, it } from "vitest";
import { creditedTaxLine, formatTaxRate, includedTax, taxLine } from "./tax";

describe("the tax a tax-inclusive total contains", () => {
  it("is total × rate / (1 + rate), to the minor unit", () => {
    expect(includedTax(11300, 1300)).toBe(1300); // 113.00 at 13% contains 13.00
    expect(includedTax(12000, 2000)).toBe(2000); // 120.00 at 20% contains 20.00
    expect(includedTax(10600, 600)).toBe(600);
  });

  it("rounds half up: an exact half cent goes up, anything below goes down", () => {
    // 105 at 5%: 105 × 500 / 10500 = 5 exactly
    expect(includedTax(105, 500)).toBe(5);
    // 31 at 5%: 31 × 500 / 10500 = 1.476… → 1; 32 → 1.523… → 2
    expect(includedTax(31, 500)).toBe(1);
    expect(includedTax(32, 500)).toBe(2);
    // at 100% a total contains half of itself: 1 → 0.5 → 1
    expect(includedTax(1, 10_000)).toBe(1);
    expect(includedTax(3, 10_000)).toBe(2); // 1.5 → 2
    expect(includedTax(5, 10_000)).toBe(3); // 2.5 → 3
  });

  it("matches the rational result rounded half up for many totals and rates (integers only, no float drift)", () => {
    for (const rate of [1, 250, 600, 900, 1300, 1700, 2000, 2500, 9999, 10_000]) {
      for (const total of [0, 1, 2, 99, 100, 101, 999, 1999, 123_457, 2_147_483_647]) {
        const exact = (BigInt(total) * BigInt(rate) * 2n + BigInt(10_000 + rate)) / (2n * BigInt(10_000 + rate));
        expect(includedTax(total, rate)).toBe(Number(exact));
      }
    }
  });

  it("is 0 at a 0 rate, and refuses nonsense", () => {
    expect(includedTax(9999, 0)).toBe(0);
    expect(() => includedTax(-1, 1300)).toThrow(RangeError);
    expect(() => includedTax(1.5, 1300)).toThrow(RangeError);
    expect(() => includedTax(100, 10_001)).toThrow(RangeError);
    expect(() => includedTax(100, 12.5)).toThrow(RangeError);
  });

  it("a tax line splits the total into tax and net, and there is none at 0%", () => {
    expect(taxLine(11300, { name: "VAT", rateBasisPoints: 1300 })).toEqual({
      name: "VAT",
      rateBasisPoints: 1300,
      amount: 1300,
      net: 10000,
    });
    expect(taxLine(11300, { name: "VAT", rateBasisPoints: 0 })).toBeNull();
  });

  it("credit notes give back, together, exactly the tax the invoice holds, however the refunds split its total", () => {
    const vat = { name: "VAT", rateBasisPoints: 1300 };
    // Rounded one by one, 22 and 978 would give back 3 + 113 = 116 of the invoice's 115.
    const first = creditedTaxLine(22, { total: 0, tax: 0 }, vat)!;
    const second = creditedTaxLine(978, { total: 22, tax: first.amount }, vat)!;
    expect(first.amount + second.amount).toBe(includedTax(1000, 1300));
    expect(second.net).toBe(978 - second.amount);
    for (const rate of [600, 1300, 2000]) {
      for (const parts of [[1, 1, 1, 997], [333, 333, 334], [7, 993], [1000]]) {
        let before = { total: 0, tax: 0 };
        for (const part of parts) {
          const line = creditedTaxLine(part, before, { name: "VAT", rateBasisPoints: rate })!;
          expect(line.amount).toBeGreaterThanOrEqual(0);
          before = { total: before.total + part, tax: before.tax + line.amount };
          expect(before.tax).toBe(includedTax(before.total, rate));
        }
      }
    }
    expect(creditedTaxLine(500, { total: 0, tax: 0 }, { name: "VAT", rateBasisPoints: 0 })).toBeNull();
  });

  it("prints the rate as a percentage", () => {
    expect(formatTaxRate(1300)).toBe("13%");
    expect(formatTaxRate(650)).toBe("6.5%");
    expect(formatTaxRate(1234)).toBe("12.34%");
    expect(formatTaxRate(5)).toBe("0.05%");
    expect(formatTaxRate(10_000)).toBe("100%");
  });
});
