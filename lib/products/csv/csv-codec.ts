/**
 * A small RFC 4180 CSV codec, pure so the browser (to chunk an upload) and the
 * server (to validate it) read a file the same way.
 */

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field: quoted when it holds a comma, quote, line break or edge space; quotes doubled. */
export function encodeCsvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function encodeCsvRow(fields: readonly string[]): string {
  return `${fields.map(encodeCsvField).join(",")}\r\n`;
}

/** What a spreadsheet reads as the start of a formula (or hides before one): =, +, -, @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain signed number such as "-3" or "-12.50": a spreadsheet reads it as that number and runs nothing. */
const PLAIN_NUMBER = /^[+-]\d+(\.\d+)?$/;

/**
 * A cell safe to open in a spreadsheet: one that would start a formula gets a
 * leading single quote, so it shows as text and never runs (CSV injection).
 * A plain signed number stays as it is, so reports keep negative amounts numeric.
 */
export function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes spreadsheetSafe on import, so an exported file imports back unchanged. */
export function fromSpreadsheetSafe(value: string): string {
  const rest = value.slice(1);
  return value.startsWith("'") && FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest) ? rest : value;
}

/** A record for a file people download and open: every cell passed through spreadsheetSafe. */
export function encodeExportRow(fields: readonly string[]): string {
  return encodeCsvRow(fields.map(spreadsheetSafe));
}

export class CsvSyntaxError extends Error {}

/**
 * Parses CSV text into records of fields. Accepts CRLF, LF or CR line ends, a
 * leading UTF-8 byte-order mark, quoted fields with doubled quotes and line
 * breaks; skips blank lines. Throws CsvSyntaxError on an unclosed quote or text
 * after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let line = 1;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0] !== "") rows.push(row);
    row = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        const next = text[i + 1];
        if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
          throw new CsvSyntaxError(
            `Line ${line}: text after a closing quote. Put the whole field in quotes and double any quote inside it.`,
          );
        }
      } else {
        if (c === "\n") line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
    } else field += c;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(`Line ${line}: a quoted field is never closed. Check for a missing closing quote.`);
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
