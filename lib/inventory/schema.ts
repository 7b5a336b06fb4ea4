import { z } from "zod";

/** The reasons a person may give in the back office (orders, cancels and refunds set theirs themselves). */
export const ADJUSTMENT_REASONS = ["received", "correction", "stocktake", "damaged"] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

const MAX = 1_000_000;
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const wholeNumber = (message: string) =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: message }).int(message).min(-MAX, message).max(MAX, message).optional());

/**
 * One adjustment: either a signed change (`adjustment`) or, for a stocktake, the
 * quantity counted on the shelf (`counted`), which becomes the new stock.
 */
export const adjustStockSchema = z
  .object({
    variantId: z.coerce.number().int().positive(),
    adjustment: wholeNumber("Enter a whole number such as 12 or -3"),
    counted: wholeNumber("Enter the counted quantity as a whole number"),
    reason: z.enum(ADJUSTMENT_REASONS, { error: "Choose a reason" }),
    note: z.string().trim().max(500, "Keep the note under 500 characters").optional(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.counted !== undefined) {
      if (v.reason !== "stocktake")
        issue("counted", "A counted quantity is a stocktake: choose Stocktake as the reason, or enter an adjustment instead");
      else if (v.adjustment !== undefined) issue("adjustment", "Enter either an adjustment or the counted quantity, not both");
      else if (v.counted < 0) issue("counted", "A counted quantity cannot be below zero");
      return;
    }
    if (v.adjustment === undefined || v.adjustment === 0)
      issue(
        "adjustment",
        v.reason === "stocktake" ? "Enter the counted quantity, or an adjustment" : "Enter an adjustment other than zero, e.g. 12 or -3",
      );
    else if (v.reason === "received" && v.adjustment < 0) issue("adjustment", "Received stock is added: enter a positive number");
    else if (v.reason === "damaged" && v.adjustment > 0) issue("adjustment", "Damaged stock is taken out: enter a negative number");
  });

export type AdjustStockInput = z.infer<typeof adjustStockSchema>;

/** A variant's own low-stock threshold; blank means "use the store default". */
export const thresholdSchema = z.object({
  variantId: z.coerce.number().int().positive(),
  threshold: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Enter a whole number, or leave it blank" })
      .int("Enter a whole number, or leave it blank")
      .min(0, "The threshold cannot be below zero")
      .max(MAX)
      .optional(),
  ),
});
