import { z } from "zod";
import { exportReport, orderStatus } from "@/db/schema";
import { MAX_DAYS, parseDay } from "@/lib/analytics/range";

// An empty field is a filter left out.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const day = z
  .string()
  .trim()
  .refine((v) => parseDay(v) !== null, "Enter dates as YYYY-MM-DD, such as 2026-01-31.");
const amount = z
  .string()
  .trim()
  .regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter totals as amounts, such as 12.50.");

/**
 * `Export CSV` and the reports' buttons: which report, with the filters and range its list or the
 * reports page shows (the same names as their URLs: from, to, q, status, min, max, low).
 */
export const requestExportSchema = z
  .object({
    report: z.enum(exportReport.enumValues, "Choose a report to export."),
    from: optional(day),
    to: optional(day),
    q: optional(z.string().trim().max(200, "A search can be at most 200 characters.")),
    status: optional(z.enum(orderStatus.enumValues, "Choose an order status from the list.")),
    min: optional(amount),
    max: optional(amount),
    low: optional(z.enum(["1"], "Choose whether to export low stock only.")),
  })
  .superRefine((input, ctx) => {
    const from = parseDay(input.from);
    const to = parseDay(input.to);
    if (from && to && from > to)
      ctx.addIssue({ code: "custom", path: ["from"], message: "The From date must be on or before the To date." });
    if (input.report !== "daily") return;
    if (!from || !to)
      ctx.addIssue({ code: "custom", path: ["from"], message: "Figures per day need both dates of the range (From and To)." });
    else if ((to.getTime() - from.getTime()) / 86_400_000 + 1 > MAX_DAYS)
      ctx.addIssue({ code: "custom", path: ["from"], message: `Figures per day cover at most ${MAX_DAYS} days.` });
  });

export type RequestExportInput = z.output<typeof requestExportSchema>;
/** What an export was asked for with, as stored (csv_exports.params): only the filters given, as their URLs write them. */
export type ExportParams = Partial<Record<"from" | "to" | "q" | "status" | "min" | "max" | "low", string>>;
