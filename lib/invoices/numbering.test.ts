import { describe, expect, it } from "vitest";
import { documentFileName, formatDocumentNumber, parseDocumentNumber, sequenceName } from "./numbering";
import { formatTaxRatePercent, parseTaxRatePercent } from "./schema";

describe("document numbers", () => {
  it("are the kind's prefix, the year and a six-digit value", () => {
    expect(formatDocumentNumber("invoice", 2026, 1)).toBe("INV-2026-000001");
    expect(formatDocumentNumber("credit_note", 2026, 42)).toBe("CN-2026-000042");
    expect(formatDocumentNumber("invoice", 2027, 1_234_567)).toBe("INV-2027-1234567");
    expect(() => formatDocumentNumber("invoice", 2026, 0)).toThrow(RangeError);
  });

  it("each kind and year has its own sequence", () => {
    expect(sequenceName("invoice", 2026)).toBe("invoice-2026");
    expect(sequenceName("credit_note", 2026)).toBe("credit_note-2026");
  });

  it("parse back, and nothing else does", () => {
    expect(parseDocumentNumber("INV-2026-000001")).toEqual({ kind: "invoice", year: 2026, value: 1 });
    expect(parseDocumentNumber("CN-2026-1234567")).toEqual({ kind: "credit_note", year: 2026, value: 1_234_567 });
    for (const bad of ["", "INV-2026-1", "inv-2026-000001", "MC-2026-000001", "CN-2026-000000", "INV-2026-000001/../x"]) {
      expect(parseDocumentNumber(bad)).toBeNull();
    }
  });

  it("name their files", () => {
    expect(documentFileName("invoice", "INV-2026-000001")).toBe("invoice-INV-2026-000001.pdf");
    expect(documentFileName("credit_note", "CN-2026-000001")).toBe("credit-note-CN-2026-000001.pdf");
  });
});

describe("the tax rate setting", () => {
  it("is typed as a percentage and kept in basis points", () => {
    expect(parseTaxRatePercent("13")).toBe(1300);
    expect(parseTaxRatePercent(" 6.5 ")).toBe(650);
    expect(parseTaxRatePercent("12.34%")).toBe(1234);
    expect(parseTaxRatePercent("0")).toBe(0);
    expect(parseTaxRatePercent("100")).toBe(10_000);
    for (const bad of ["100.01", "101", "-1", "1.234", "abc", "1,5", ""]) expect(parseTaxRatePercent(bad)).toBeNull();
    expect(formatTaxRatePercent(1300)).toBe("13");
    expect(formatTaxRatePercent(650)).toBe("6.5");
  });
});
