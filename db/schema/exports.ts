import { bigint, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** What a back-office CSV export holds (lib/exports/reports.ts names each one's batches and columns). */
export const exportReport = pgEnum("export_report", ["products", "orders", "refunds", "payments", "ledger", "daily", "stock"]);

// queued: waiting for the queue's worker (or for a retry); preparing: a worker is writing it; failed: its last attempt failed.
export const exportStatus = pgEnum("export_status", ["queued", "preparing", "ready", "failed"]);

/**
 * A CSV export asked for in the back office. Its file is written by a queue job
 * (lib/exports/job.ts) into `export_chunks`, so any instance can serve it; rows
 * are deleted with their chunks after EXPORT_RETENTION_DAYS.
 */
export const csvExports = pgTable(
  "csv_exports",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    report: exportReport().notNull(),
    /** The filters and range as the form sent them (from, to, q, status, min, max, low), already validated. */
    params: jsonb().$type<Partial<Record<string, string>>>().notNull(),
    filename: text().notNull(),
    status: exportStatus().notNull().default("queued"),
    error: text(),
    rows: integer(),
    bytes: bigint({ mode: "number" }),
    requestedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("csv_exports_created_at_idx").on(t.createdAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** An export's file in pieces of about a megabyte, in `seq` order: neither writer nor download holds the whole file. */
export const exportChunks = pgTable(
  "export_chunks",
  {
    exportId: integer()
      .notNull()
      .references(() => csvExports.id, { onDelete: "cascade" }),
    seq: integer().notNull(),
    data: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.exportId, t.seq] })],
);

export type CsvExportRow = typeof csvExports.$inferSelect;
export type ExportReport = (typeof exportReport.enumValues)[number];
