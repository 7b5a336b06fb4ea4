"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-limits";

/** The `Email` field of the auth forms, refilled after a failed attempt. */
export function EmailField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  const t = useTranslations("authForms");
  return <TextField name="email" label={t("email")} type="email" autoComplete="email" required defaultValue={defaultValue} error={error} />;
}

/** A field for choosing a password, with its length rules said under it. */
export function NewPasswordField({ name, label, error, hint }: { name: string; label: string; error?: string; hint?: string }) {
  const t = useTranslations("authForms");
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={hint ?? t("passwordHint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
      error={error}
    />
  );
}
