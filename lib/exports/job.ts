import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { csvExports } from "@/db/schema";
import { logger } from "@/lib/observability/logger";
import { writeChunks } from "./chunks";
import { failExportAttempt, finishExport, startExportAttempt } from "./mutations";
import { exportStream } from "./sources";

/**
 * The queue's `export-csv` task: writes one export's file into its chunks. A
 * retried attempt starts clean; an export already ready (a job run twice) or
 * deleted meanwhile is left alone. A failure is recorded on the export and
 * thrown, so the queue retries it with backoff and dead-letters it after the
 * last attempt (the export then says failed, with the reason, until a retry).
 */
export async function runExportJob(exportId: number, { attempt, maxAttempts }: { attempt: number; maxAttempts: number }): Promise<void> {
  const [row] = await db
    .select({ report: csvExports.report, params: csvExports.params, status: csvExports.status })
    .from(csvExports)
    .where(eq(csvExports.id, exportId));
  if (!row || row.status === "ready") return;
  await startExportAttempt(exportId);
  try {
    const counter = { rows: 0 };
    const bytes = await writeChunks(exportId, await exportStream(row.report, row.params, counter));
    await finishExport(exportId, { rows: counter.rows, bytes });
    logger().info({ exportId, report: row.report, rows: counter.rows, bytes }, "export ready");
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await failExportAttempt(exportId, `attempt ${attempt} of ${maxAttempts}: ${error}`, attempt >= maxAttempts);
    logger().warn({ exportId, report: row.report, attempt, maxAttempts, err: error }, "export: an attempt failed");
    throw e;
  }
}
