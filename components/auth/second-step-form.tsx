"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { verifySecondStepAction } from "@/lib/auth/two-factor/actions";
import { initialActionState } from "@/lib/forms/action-state";

/** The second step of sign-in: the code from the authenticator app, or a recovery code. */
export function SecondStepForm({ next }: { next: string }) {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(verifySecondStepAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label={t("authCode")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint={t("secondStepHint")}
        error={state.fieldErrors?.code || undefined}
      />
      <SubmitButton>{t("verify")}</SubmitButton>
    </form>
  );
}
