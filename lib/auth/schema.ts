import { z } from "zod";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

export { PASSWORD_MAX, PASSWORD_MIN };

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like name@example.com."));

/** A password being chosen (sign-up, reset, change): long enough and not one of the 10,000 most common. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !isCommonPassword(p), "This password is one of the most common ones, which attackers try first. Choose another.");
const newPassword = newPasswordSchema;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email,
  password: newPassword,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const emailSchema = z.object({ email });

export const codeSignInSchema = z.object({
  email,
  code: z
    .string()
    .transform((s) => s.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from the e-mail.")),
});

export const resetPasswordSchema = z.object({
  token: z.string().min(20, "This reset link is incomplete.").max(200, "This reset link is not valid."),
  newPassword,
});

export const oauthProviderSchema = z.object({ provider: z.enum(["github", "google"]) });
