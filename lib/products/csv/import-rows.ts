import "server-only";
import { storeCurrency } from "@/lib/settings/store";
import { type AppliedRow, applyImportRow } from "./apply-row";
import type { NumberedRow } from "./columns";
import { type RowIssue, validateImportRow } from "./row-schema";

export type ImportResult = { applied: AppliedRow[]; issues: RowIssue[] };

/** Validates and applies rows one by one, each in its own transaction; bad rows are reported and leave no trace. */
export async function importRows(rows: NumberedRow[], actorId: string, currencyCode?: string): Promise<ImportResult> {
  const currency = currencyCode ?? (await storeCurrency());
  const result: ImportResult = { applied: [], issues: [] };
  for (const input of rows) {
    const valid = validateImportRow(input, currency);
    if (!valid.ok) {
      result.issues.push(...valid.issues);
      continue;
    }
    const outcome = await applyImportRow(valid.row, { actorId, currency });
    if (outcome.ok) result.applied.push(outcome.applied);
    else result.issues.push(outcome.issue);
  }
  return result;
}
