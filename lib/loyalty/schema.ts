import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { parseMajorUnits } from "@/lib/money";

const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.coerce.number({ message }).int(message).min(min, message).max(max, message),
  );

/** `Points adjustment` on a customer's page: a signed whole number (not 0) and a reason. */
export const pointsAdjustmentSchema = z.object({
  userId: z.uuid("That customer no longer exists."),
  points: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().replace(/^\+/, "") : v),
    z.coerce
      .number({ message: "Enter a whole number of points, e.g. 50 or -20." })
      .int("Enter a whole number of points, e.g. 50 or -20.")
      .min(-1_000_000, "Enter at most 1,000,000 points either way.")
      .max(1_000_000, "Enter at most 1,000,000 points either way.")
      .refine((n) => n !== 0, "Enter a number of points other than 0."),
  ),
  reason: z.string().trim().min(1, "Say why, e.g. “Apology for a late delivery”.").max(200, "Keep the reason under 200 characters."),
});
export type PointsAdjustmentInput = z.infer<typeof pointsAdjustmentSchema>;

/** The points settings form on /admin/settings/loyalty. */
export const loyaltySettingsSchema = z.object({
  enabled: checkbox,
  earnPointsPerUnit: wholeNumber("Enter whole points per 1.00, 0 to 1000.", 0, 1000),
  reviewPoints: wholeNumber("Enter whole points for a review, 0 to 100000.", 0, 100_000),
  redeemPointsPerUnit: wholeNumber("Enter how many points pay for 1.00: a whole number from 1 to 100000.", 1, 100_000),
  maxRedeemPercent: wholeNumber("Enter a whole percent from 0 to 100.", 0, 100),
  expiryMonths: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : Number(s)))
    .refine(
      (n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 120),
      "Enter whole months from 1 to 120, or leave it empty: points never expire.",
    ),
});
export type LoyaltySettingsInput = z.infer<typeof loyaltySettingsSchema>;

/** A member tier's form; the minimum spend is typed in major units of the store currency. */
export function memberTierSchema(currency: string) {
  return z.object({
    name: z.string().trim().min(1, "Enter a name, e.g. Gold.").max(40, "Keep the name under 40 characters."),
    minSpend: z
      .string()
      .trim()
      .transform((s, ctx) => {
        const amount = parseMajorUnits(s, currency);
        if (amount === null) {
          ctx.addIssue({ code: "custom", message: "Enter the 12-month spend such as 500 (0 for every shopper)." });
          return z.NEVER;
        }
        return amount;
      }),
    percentOff: wholeNumber("Enter a whole percent from 0 to 100.", 0, 100),
    freeShipping: checkbox,
  });
}
export type MemberTierInput = z.infer<ReturnType<typeof memberTierSchema>>;

export const memberTierIdSchema = z.coerce.number().int().positive();
export const memberTierIdFormSchema = z.object({ id: memberTierIdSchema });
