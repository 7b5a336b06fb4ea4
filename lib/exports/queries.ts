import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { csvExports, users, type ExportReport } from "@/db/schema";
import type { ExportParams } from "./schema";

/** An export as the Exports page lists it. */
export type ExportSummary = {
  id: number;
  report: ExportReport;
  params: ExportParams;
  filename: string;
  status: "queued" | "preparing" | "ready" | "failed";
  error: string | null;
  rows: number | null;
  bytes: number | null;
  /** Who asked for it (name, else e-mail); null when that account is gone. */
  requestedBy: string | null;
  createdAt: Date;
};

/** The most recent exports of the whole team, newest first (at most `limit`). */
export async function listRecentExports(limit = 50): Promise<ExportSummary[]> {
  const rows = await db
    .select({
      id: csvExports.id,
      report: csvExports.report,
      params: csvExports.params,
      filename: csvExports.filename,
      status: csvExports.status,
      error: csvExports.error,
      rows: csvExports.rows,
      bytes: csvExports.bytes,
      name: users.name,
      email: users.email,
      createdAt: csvExports.createdAt,
    })
    .from(csvExports)
    .leftJoin(users, eq(users.id, csvExports.requestedBy))
    .orderBy(desc(csvExports.createdAt), desc(csvExports.id))
    .limit(limit);
  return rows.map(({ name, email, ...row }) => ({ ...row, requestedBy: name || email || null }));
}

/** A ready export's file name and size, for its download; null when there is no such ready export. */
export async function getReadyExport(id: number): Promise<{ filename: string; bytes: number } | null> {
  const [row] = await db
    .select({ filename: csvExports.filename, bytes: csvExports.bytes })
    .from(csvExports)
    .where(and(eq(csvExports.id, id), eq(csvExports.status, "ready")));
  return row ? { filename: row.filename, bytes: row.bytes ?? 0 } : null;
}
