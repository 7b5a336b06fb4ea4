import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like name@example.com."));

const newPassword = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

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
