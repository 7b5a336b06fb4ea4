/** The human-readable order number: MC-2026-000123 (the sequence keeps it unique, the year makes it readable). */
export function formatOrderNumber(year: number, seq: number): string {
  return `MC-${year}-${String(seq).padStart(6, "0")}`;
}

/** Whether a string looks like an order number at all (cheap check before touching the database). */
export function isOrderNumber(value: string): boolean {
  return /^MC-\d{4}-\d{6,}$/.test(value);
}
