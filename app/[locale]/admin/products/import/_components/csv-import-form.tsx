"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
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
type T = ReturnType<typeof useTranslations<"adminProducts.import">>;

async function readRows(file: File, t: T): Promise<{ rows: NumberedRow[] } | { error: string }> {
  if (file.size > MAX_IMPORT_FILE_BYTES) return { error: t("tooLarge") };
  try {
    const mapped = recordsToRows(parseCsv(await file.text()));
    if (!mapped.ok) return { error: mapped.error };
    if (!mapped.rows.length) return { error: t("noRows") };
    return { rows: mapped.rows };
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { error: e.message };
    return { error: t("unreadable") };
  }
}

/** One chunk to the import route (its own size limit: server actions take 1 MB at most). */
async function importChunk(rows: NumberedRow[], t: T): Promise<ImportState> {
  const res = await fetch("/api/admin/products/import", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(rows),
  });
  const body = (await res.json().catch(() => null)) as ImportState | null;
  return body ?? { error: t("noAnswer") };
}

const summary = (r: { total: number; applied: number; issues: RowIssue[] }, t: T) =>
  t("finished", { applied: r.applied, total: r.total, refused: new Set(r.issues.map((i) => i.row)).size });

/**
 * With JavaScript the file is read here and sent in chunks, with a progress bar;
 * without it the form posts the whole (small) file to the same import.
 */
export function CsvImportForm() {
  const [formState, formAction] = useActionState<ImportState, FormData>(importProductsFormAction, {});
  const [run, setRun] = useState<Run | null>(null);
  const t = useTranslations("adminProducts.import");

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (run?.running) return;
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0)
      return setRun({ total: 0, done: 0, applied: 0, issues: [], running: false, error: t("chooseFile") });
    const read = await readRows(file, t);
    if ("error" in read) return setRun({ total: 0, done: 0, applied: 0, issues: [], running: false, error: read.error });
    let state: Run = { total: read.rows.length, done: 0, applied: 0, issues: [], running: true };
    setRun(state);
    for (let i = 0; i < read.rows.length; i += IMPORT_CHUNK_SIZE) {
      const chunk = read.rows.slice(i, i + IMPORT_CHUNK_SIZE);
      let result: ImportState;
      try {
        result = await importChunk(chunk, t);
      } catch {
        result = { error: t("connectionFailed", { done: state.done }) };
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
        aria-label={t("formLabel")}
        className="flex flex-col gap-4 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <div className="space-y-1">
          <label htmlFor="file" className="block text-sm font-medium text-zinc-900">
            {t("file")}
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
            {t("fileHint")}
          </p>
        </div>
        <div className="w-full sm:w-48">
          <SubmitButton>{run?.running ? t("importing") : t("import")}</SubmitButton>
        </div>
      </form>
      <FormError>{error}</FormError>
      {shown && shown.total > 0 && (
        <div className="flex flex-col gap-2">
          <label htmlFor="import-progress" className="text-sm font-medium">
            {t("progress", { done: shown.done, total: shown.total })}
          </label>
          <progress
            id="import-progress"
            aria-label={t("progressLabel")}
            value={shown.done}
            max={shown.total}
            className="h-3 w-full accent-emerald-700"
          />
          {!shown.running && <FormStatus>{summary(shown, t)}</FormStatus>}
        </div>
      )}
      {shown && <ImportReport issues={shown.issues} />}
    </div>
  );
}
