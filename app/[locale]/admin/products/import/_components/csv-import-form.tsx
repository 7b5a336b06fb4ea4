"use client";

import { useActionState, useState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { importProductsFormAction } from "@/lib/products/csv/actions";
import { type NumberedRow, recordsToRows } from "@/lib/products/csv/columns";
import { CsvSyntaxError, parseCsv } from "@/lib/products/csv/csv-codec";
import type { ImportState } from "@/lib/products/csv/import-state";
import type { RowIssue } from "@/lib/products/csv/row-schema";
import { IMPORT_CHUNK_SIZE, MAX_IMPORT_FILE_BYTES } from "@/lib/products/csv/limits";
import { ImportReport } from "./import-report";

type Run = { total: number; done: number; applied: number; issues: RowIssue[]; running: boolean; error?: string };

async function readRows(file: File): Promise<{ rows: NumberedRow[] } | { error: string }> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return { error: "The file is larger than 20 MB. Split it into smaller files." };
  try {
    const mapped = recordsToRows(parseCsv(await file.text()));
    if (!mapped.ok) return { error: mapped.error };
    if (!mapped.rows.length) return { error: "The file has a header but no rows to import." };
    return { rows: mapped.rows };
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { error: e.message };
    return { error: "The file could not be read. Save it as CSV (UTF-8) and choose it again." };
  }
}

/** One chunk to the import route (its own size limit: server actions take 1 MB at most). */
async function importChunk(rows: NumberedRow[]): Promise<ImportState> {
  const res = await fetch("/api/admin/products/import", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(rows),
  });
  const body = (await res.json().catch(() => null)) as ImportState | null;
  return (
    body ?? {
      error: "The import stopped: the server did not answer. Import the file again: rows already imported are updated, not doubled.",
    }
  );
}

const summary = (r: { total: number; applied: number; issues: RowIssue[] }) => {
  const refused = new Set(r.issues.map((i) => i.row)).size;
  return `Import finished: ${r.applied} of ${r.total} rows imported${refused ? `, ${refused} not imported (see the report below)` : ""}.`;
};

/**
 * With JavaScript the file is read here and sent in chunks, with a progress bar;
 * without it the form posts the whole (small) file to the same import.
 */
export function CsvImportForm() {
  const [formState, formAction] = useActionState<ImportState, FormData>(importProductsFormAction, {});
  const [run, setRun] = useState<Run | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (run?.running) return;
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0)
      return setRun({ total: 0, done: 0, applied: 0, issues: [], running: false, error: "Choose a CSV file to import." });
    const read = await readRows(file);
    if ("error" in read) return setRun({ total: 0, done: 0, applied: 0, issues: [], running: false, error: read.error });
    let state: Run = { total: read.rows.length, done: 0, applied: 0, issues: [], running: true };
    setRun(state);
    for (let i = 0; i < read.rows.length; i += IMPORT_CHUNK_SIZE) {
      const chunk = read.rows.slice(i, i + IMPORT_CHUNK_SIZE);
      let result: ImportState;
      try {
        result = await importChunk(chunk);
      } catch {
        result = {
          error: `The connection failed after ${state.done} rows. Import the file again: rows already imported are updated, not doubled.`,
        };
      }
      if (result.error) {
        state = { ...state, running: false, error: result.error };
        break;
      }
      state = {
        ...state,
        done: state.done + chunk.length,
        applied: state.applied + (result.applied ?? 0),
        issues: [...state.issues, ...(result.issues ?? [])],
      };
      setRun(state);
    }
    setRun({ ...state, running: false });
  }

  const shown =
    run ??
    (formState.ok
      ? {
          total: formState.total ?? 0,
          done: formState.total ?? 0,
          applied: formState.applied ?? 0,
          issues: formState.issues ?? [],
          running: false,
        }
      : null);
  const error = run ? run.error : formState.error;
  return (
    <div className="flex flex-col gap-6">
      <form
        action={formAction}
        onSubmit={onSubmit}
        aria-label="Import products"
        className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-zinc-900">
            CSV file
          </label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby="file-hint"
            className="block w-full text-sm file:mr-3 file:rounded-full file:border-0 file:bg-zinc-900 file:px-4 file:py-2 file:text-white"
          />
          <p id="file-hint" className="text-sm text-zinc-600">
            UTF-8 CSV with a header row, one row per variant. Rows are matched by SKU: existing variants are updated, new ones created.
          </p>
        </div>
        <div className="w-full sm:w-48">
          <SubmitButton>{run?.running ? "Importing…" : "Import"}</SubmitButton>
        </div>
      </form>
      <FormError>{error}</FormError>
      {shown && shown.total > 0 && (
        <div className="flex flex-col gap-2">
          <label htmlFor="import-progress" className="text-sm font-medium">
            Import progress: {shown.done} of {shown.total} rows
          </label>
          <progress
            id="import-progress"
            aria-label="Import progress"
            value={shown.done}
            max={shown.total}
            className="h-3 w-full accent-emerald-700"
          />
          {!shown.running && <FormStatus>{summary(shown)}</FormStatus>}
        </div>
      )}
      {shown && <ImportReport issues={shown.issues} />}
    </div>
  );
}
