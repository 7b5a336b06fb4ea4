import type { InvoiceKind } from "@/db/schema";

/**
 * Invoices and credit notes are numbered per kind and per calendar year (UTC):
 * INV-2026-000001, CN-2026-000001. Each (kind, year) is one `document_sequences`
 * row, advanced in the transaction that issues the document, so the numbers of a
 * year have no gaps: a rolled-back issue gives its number back.
 */
const PREFIX: Record<InvoiceKind, string> = { invoice: "INV", credit_note: "CN" };

/** The `document_sequences` row a document of this kind issued in this year draws from: `invoice-2026`, `credit_note-2026`. */
export function sequenceName(kind: InvoiceKind, year: number): string {
  return `${kind}-${year}`;
}

/** INV-2026-000001: the prefix, the year, the value zero-padded to six digits (more digits past 999,999). */
export function formatDocumentNumber(kind: InvoiceKind, year: number, value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`A document number starts at 1, not ${value}`);
  return `${PREFIX[kind]}-${year}-${String(value).padStart(6, "0")}`;
}

/** The kind, year and value of a document number, or null for anything else (cheap check before touching the database). */
export function parseDocumentNumber(number: string): { kind: InvoiceKind; year: number; value: number } | null {
  const match = /^(INV|CN)-(\d{4})-(\d{6,})$/.exec(number);
  if (!match) return null;
  const value = Number(match[3]);
  if (!Number.isSafeInteger(value) || value < 1) return null;
  return { kind: match[1] === "INV" ? "invoice" : "credit_note", year: Number(match[2]), value };
}

/** The file name a download is saved under: invoice-INV-2026-000001.pdf. */
export function documentFileName(kind: InvoiceKind, number: string): string {
  return `${kind === "invoice" ? "invoice" : "credit-note"}-${number}.pdf`;
}
