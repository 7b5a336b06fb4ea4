import { z } from "zod";
import { newPasswordSchema, PASSWORD_MAX } from "@/lib/auth/schema";

export const profileSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
});

export const passwordChangeSchema = z.object({
  currentPassword: z.string().max(PASSWORD_MAX).optional(),
  newPassword: newPasswordSchema,
});
