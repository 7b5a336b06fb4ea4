import { fromSpreadsheetSafe } from "./csv-codec";
/** The product CSV's columns, in file order: one row per variant, product fields repeated on each. */
export const CSV_COLUMNS = [
  "handle",
  "title",
  "description",
  "status",
  "category",
  "brand",
  "tags",
  "option1_name",
  "option1_value",
  "option2_name",
  "option2_value",
  "option3_name",
  "option3_value",
  "sku",
  "price",
  "compare_at_price",
  "stock",
  "image_urls",
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Record<CsvColumn, string>;
export const OPTION_SLOTS = [1, 2, 3] as const;

/** Columns a file must have; the others may be left out and then keep what the product has. */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ["handle", "sku", "price", "stock"];

/** Tags are comma-separated in their cell; image URLs are separated by "|". */
export const TAG_SEPARATOR = ",";
export const IMAGE_SEPARATOR = "|";

/** A data row as sent for import: its row number in the file (the header is row 1) and its cells by column. */
export type NumberedRow = { row: number; values: Partial<Record<CsvColumn, string>> };

export type HeaderResult = { ok: true; rows: NumberedRow[] } | { ok: false; error: string };

/**
 * Maps parsed records to rows keyed by column, using the header row. Column
 * names are matched case-insensitively; unknown columns are an error, so a typo
 * is not silently ignored.
 */
export function recordsToRows(records: string[][]): HeaderResult {
  const [header, ...data] = records;
  if (!header) return { ok: false, error: "The file is empty. Export the products first to get a file with the right columns." };
  const known = new Set<string>(CSV_COLUMNS);
  const names = header.map((h) => h.trim().toLowerCase());
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length)
    return {
      ok: false,
      error: `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}. Allowed columns: ${CSV_COLUMNS.join(", ")}.`,
    };
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length)
    return {
      ok: false,
      error: `Missing column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}. Add ${missing.length > 1 ? "them" : "it"} to the first row.`,
    };
  const rows = data.map((cells, i) => {
    const values: Partial<Record<CsvColumn, string>> = {};
    names.forEach((name, col) => (values[name as CsvColumn] = fromSpreadsheetSafe(cells[col] ?? "")));
    return { row: i + 2, values };
  });
  return { ok: true, rows };
}
