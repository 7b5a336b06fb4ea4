import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, recordsToRows } from "./columns";
import { CsvSyntaxError, encodeCsvField, encodeCsvRow, encodeExportRow, parseCsv, spreadsheetSafe } from "./csv-codec";

describe("CSV codec", () => {
  it("round-trips commas, quotes, line breaks, edge spaces and Chinese text", () => {
    const rows = [
      ["handle", "title", "description"],
      ["green-tea", "龙井绿茶 (Longjing), 250 g", 'Say "hello"\nsecond line\r\nthird'],
      ["", " padded ", "plain"],
      ["x", "", '""'],
    ];
    const text = rows.map(encodeCsvRow).join("");
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv(`\uFEFF${text}`)).toEqual(rows);
  });

  it("quotes only when needed", () => {
    expect(encodeCsvField("plain")).toBe("plain");
    expect(encodeCsvField("a,b")).toBe('"a,b"');
    expect(encodeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(encodeCsvField("茶")).toBe("茶");
  });

  it("reads LF, CR and CRLF line ends, skips blank lines, keeps empty trailing fields", () => {
    expect(parseCsv("a,b\n1,2\r\n\r\n3,\r4,5")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", ""],
      ["4", "5"],
    ]);
    expect(parseCsv("a,b,\n")).toEqual([["a", "b", ""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("refuses an unclosed quote and text after a closing quote", () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/closing quote/);
  });

  it("exports cells a spreadsheet would run as formulas as text, with a leading single quote", () => {
    for (const cell of ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    for (const cell of ["plain", "12.50", "", "a=b", " =1", "'quoted", "-3", "-12.50", "+7"]) expect(spreadsheetSafe(cell)).toBe(cell);
    for (const cell of ["-3-3", "-1e5", "-", "+", "-12.", "- 3"]) expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    expect(encodeExportRow(["=1+1", "-5% sale", "ok"])).toBe("'=1+1,'-5% sale,ok\r\n");
  });

  it("imports an exported file back unchanged, formula-like cells included", () => {
    const cells = CSV_COLUMNS.map((c) =>
      c === "title" ? "=cmd|' /C calc'!A0" : c === "description" ? "-5% off, @home" : c === "handle" ? "mug" : "",
    );
    const text = encodeCsvRow(CSV_COLUMNS) + encodeExportRow(cells);
    expect(text).toContain(`'=cmd|' /C calc'!A0`);
    const mapped = recordsToRows(parseCsv(text));
    if (!mapped.ok) throw new Error(mapped.error);
    expect(mapped.rows[0]!.values).toMatchObject({ handle: "mug", title: "=cmd|' /C calc'!A0", description: "-5% off, @home" });
  });
});
