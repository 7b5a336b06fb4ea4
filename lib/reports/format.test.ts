import { describe, expect, it } from "vitest";
import { csvDateTime, csvFlag, csvInteger, csvMoney, reportFilename } from "./format";

describe("report cells", () => {
  it("writes timestamps as UTC date and time, from a Date or the driver's text in any offset", () => {
    expect(csvDateTime(new Date("2026-01-02T10:03:04.567Z"))).toBe("2026-01-02 10:03:04");
    expect(csvDateTime("2026-01-02 10:03:04.567+00")).toBe("2026-01-02 10:03:04");
    expect(csvDateTime("2026-01-02 01:30:00+02")).toBe("2026-01-01 23:30:00");
    expect(csvDateTime("1998-12-31 23:59:59.999999+00")).toBe("1998-12-31 23:59:59");
    expect(csvDateTime(null)).toBe("");
    expect(csvDateTime("not a date")).toBe("");
  });

  it("writes amounts as decimal strings in their currency from minor units, blank when absent", () => {
    expect(csvMoney(1250, "USD")).toBe("12.50");
    expect(csvMoney(2000, "EUR")).toBe("20.00");
    expect(csvMoney(7, "USD")).toBe("0.07");
    expect(csvMoney(-450, "USD")).toBe("-4.50");
    expect(csvMoney(1500, "JPY")).toBe("1500");
    expect(csvMoney("123456", "USD ")).toBe("1234.56"); // a bigint as text, a char(3) with padding
    expect(csvMoney(null, "USD")).toBe("");
  });

  it("writes counts and flags plainly", () => {
    expect(csvInteger("42")).toBe("42");
    expect(csvInteger(-3)).toBe("-3");
    expect(csvInteger(null)).toBe("");
    expect(csvFlag(true)).toBe("yes");
    expect(csvFlag(false)).toBe("no");
  });

  it("names the file after the report and its range", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    expect(reportFilename("orders", { from: "2026-01-01", to: "2026-01-31" }, now)).toBe("orders-2026-01-01-to-2026-01-31.csv");
    expect(reportFilename("refunds", { from: "2026-01-01" }, now)).toBe("refunds-from-2026-01-01.csv");
    expect(reportFilename("refunds", { to: "2026-01-31" }, now)).toBe("refunds-until-2026-01-31.csv");
    expect(reportFilename("stock", {}, now)).toBe("stock-all-2026-12-02.csv");
  });
});
