import { z } from "zod";

const DAYS = "Enter whole days from 1 to 365.";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .default("")
    .transform((s) => s.trim().replace(/\s+/g, " "))
    .pipe(z.string().max(max, message))
    .transform((s) => s || null);

/** The policy settings form (/admin/settings/policies). Empty texts mean "worded from the settings" or "not shown". */
export const storePoliciesSchema = z.object({
  returnWindowDays: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce.number({ message: DAYS }).int(DAYS).min(1, DAYS).max(365, DAYS),
  ),
  refundShippingOnReturn: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  shippingSummary: optionalText(300, "Keep the shipping summary under 300 characters."),
  returnsSummary: optionalText(300, "Keep the returns summary under 300 characters."),
  contactEmail: z
    .string()
    .default("")
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.union([z.literal(""), z.email("Enter an e-mail address such as help@example.com, or leave it empty.").max(200)]))
    .transform((s) => s || null),
  contactPhone: z
    .string()
    .default("")
    .transform((s) => s.trim())
    .pipe(
      z.union([
        z.literal(""),
        z.string().regex(/^\+?[0-9][0-9 ().-]{3,30}$/, "Enter a phone number such as +1 555 0100, or leave it empty."),
      ]),
    )
    .transform((s) => s || null),
});
export type StorePoliciesInput = z.infer<typeof storePoliciesSchema>;
