import { z } from "zod";

const sixDigits = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code your app shows."));

export const enrolSchema = z.object({
  enrolment: z.string().min(20, "This set-up page is incomplete. Reload it.").max(1000, "This set-up page is not valid. Reload it."),
  code: sixDigits,
});

/** The second step takes an authentication code or a recovery code (like `k7m2q-x9d4t`). */
export const secondStepSchema = z.object({
  code: z
    .string()
    .trim()
    .min(6, "Enter the 6-digit code your app shows, or a recovery code.")
    .max(40, "Enter the 6-digit code your app shows, or a recovery code."),
});
