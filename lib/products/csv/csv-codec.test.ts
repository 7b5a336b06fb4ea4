import { describe, expect, it } from "vitest";
import { CsvSyntaxError, encodeCsv, encodeCsvField, parseCsv } from "./csv-codec";

describe("CSV codec", () => {
  it("round-trips commas, quotes, line breaks, edge spaces and Chinese text", () => {
    const rows = [
      ["handle", "title", "description"],
      ["green-tea", "龙井绿茶 (Longjing), 250 g", 'Say "hello"\nsecond line\r\nthird'],
      ["", " padded ", "plain"],
      ["x", "", '""'],
    ];
    const text = encodeCsv(rows);
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
    expect(parseCsv("a,b\n1,2\r\n\r\n3,\r4,5")).toEqual([["a", "b"], ["1", "2"], ["3", ""], ["4", "5"]]);
    expect(parseCsv("a,b,\n")).toEqual([["a", "b", ""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("refuses an unclosed quote and text after a closing quote", () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,"b"c\n')).toThrow(/closing quote/);
  });
});
