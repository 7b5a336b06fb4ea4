"use server";

import { updateTag } from "next/cache";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import { recordsToRows } from "./columns";
import { CsvSyntaxError, parseCsv } from "./csv-codec";
import { importRows, type ImportResult } from "./import-rows";
import type { ImportState } from "./import-state";
import { MAX_FORM_IMPORT_BYTES, MAX_FORM_IMPORT_ROWS } from "./limits";

function revalidateImported(result: ImportResult) {
  if (!result.applied.length) return;
  updateTag(TAGS.catalog);
  for (const slug of new Set(result.applied.map((a) => a.slug))) updateTag(TAGS.product(slug));
}

/**
 * The import for a posted file, when the page runs without JavaScript (small files only;
 * with JavaScript the page sends chunks to /api/admin/products/import).
 */
export async function importProductsFormAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const staff = await requireStaffAction();
  if (!staff.ok) return staff.state;
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Choose a CSV file to import." };
  if (file.size > MAX_FORM_IMPORT_BYTES) return { error: "Without JavaScript files up to 900 KB can be imported. Split the file or turn JavaScript on." };
  let records: string[][];
  try {
    records = parseCsv(await file.text());
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { error: e.message };
    throw e;
  }
  const mapped = recordsToRows(records);
  if (!mapped.ok) return { error: mapped.error };
  if (mapped.rows.length > MAX_FORM_IMPORT_ROWS) {
    return { error: `The file has ${mapped.rows.length} rows; without JavaScript at most ${MAX_FORM_IMPORT_ROWS} can be imported at once. Split the file or turn JavaScript on.` };
  }
  const result = await importRows(mapped.rows, staff.user.id);
  revalidateImported(result);
  return { ok: true, total: mapped.rows.length, applied: result.applied.length, issues: result.issues };
}
