"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { signInWithCodeAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";

/** The `Code` field of an e-mailed 6-digit code. */
export function CodeField({ email, error }: { email: string; error?: string }) {
  const t = useTranslations("authForms");
  return (
    <TextField
      name="code"
      label={t("code")}
      inputMode="numeric"
      autoComplete="one-time-code"
      required
      maxLength={7}
      hint={t("codeHint", { email })}
      error={error}
      className="font-mono tracking-widest"
    />
  );
}

/** Signs in with the code e-mailed to `email` (sign-in by code, and the last step of sign-up); `children` offer a new code. */
export function CodeStep({ email, next, children }: { email: string; next: string; children?: ReactNode }) {
  const t = useTranslations("authForms");
  const [result, signInWithCode] = useActionState(signInWithCodeAction, initialActionState);
  return (
    <>
      <form action={signInWithCode} className="space-y-4" noValidate>
        <FormError>{result.error}</FormError>
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="next" value={next} />
        <CodeField email={email} error={result.fieldErrors?.code} />
        <SubmitButton>{t("signIn")}</SubmitButton>
      </form>
      {children}
    </>
  );
}
