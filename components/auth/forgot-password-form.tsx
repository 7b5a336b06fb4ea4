"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordResetAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { EmailField } from "./auth-fields";

export function ForgotPasswordForm() {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(requestPasswordResetAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.ok && state.message}</FormStatus>
      <EmailField defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <SubmitButton>{t("sendResetLink")}</SubmitButton>
    </form>
  );
}
