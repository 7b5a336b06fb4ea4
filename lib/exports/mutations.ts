import "server-only";
import { eq, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { csvExports, exportChunks } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { exportFilename } from "./filename";
import type { ExportParams, RequestExportInput } from "./schema";

/** The queue's task that writes one export's file (./job.ts). */
export const EXPORT_TASK = "export-csv";
/** Runs before a failing export is dead-lettered (/admin/jobs): retried after e^1, e^2, e^3 s. */
export const EXPORT_MAX_ATTEMPTS = 4;
/** Exports (and their files) are deleted this many days after they were asked for (the periodic job `periodic:delete-old-exports`). */
export const EXPORT_RETENTION_DAYS = 7;
/** The job's key for an export: the back office joins a dead-lettered job to its export by it. */
export const exportJobKey = (exportId: number) => `export:${exportId}`;

/**
 * Records an export and queues the job that writes it, in one transaction: an
 * export is never left without its job, nor a job without its export. Exports
 * share one queue, so the fleet writes one at a time and e-mails keep a worker.
 */
export async function requestExport({ report, ...params }: RequestExportInput, requestedBy: string, now: Date): Promise<number> {
  const given: ExportParams = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(csvExports)
      .values({ report, params: given, filename: exportFilename(report, given, now), requestedBy, createdAt: now })
      .returning({ id: csvExports.id });
    await enqueueJob(
      tx,
      EXPORT_TASK,
      { exportId: row!.id },
      { key: exportJobKey(row!.id), maxAttempts: EXPORT_MAX_ATTEMPTS, queueName: EXPORT_TASK },
    );
    return row!.id;
  });
}

/** An attempt starts clean: what an earlier attempt wrote is deleted, and the export shows as being prepared. */
export async function startExportAttempt(exportId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(exportChunks).where(eq(exportChunks.exportId, exportId));
    await tx.update(csvExports).set({ status: "preparing" }).where(eq(csvExports.id, exportId));
  });
}

export async function finishExport(exportId: number, { rows, bytes }: { rows: number; bytes: number }): Promise<void> {
  await db
    .update(csvExports)
    .set({ status: "ready", rows, bytes, error: null, finishedAt: sql`now()` })
    .where(eq(csvExports.id, exportId));
}

/** A failed attempt: its pieces go; the export waits for the retry (queued) or, after the last attempt, shows as failed with the reason. */
export async function failExportAttempt(exportId: number, error: string, last: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(exportChunks).where(eq(exportChunks.exportId, exportId));
    await tx
      .update(csvExports)
      .set({ status: last ? "failed" : "queued", error })
      .where(eq(csvExports.id, exportId));
  });
}

/** Deletes exports asked for more than `days` days ago, with their files; returns how many. */
export async function deleteOldExports(days: number): Promise<number> {
  const deleted = await db
    .delete(csvExports)
    .where(lt(csvExports.createdAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: csvExports.id });
  return deleted.length;
}
