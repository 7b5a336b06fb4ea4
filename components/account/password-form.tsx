"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { changePasswordAction } from "@/lib/accounts/actions";
import { initialActionState } from "@/lib/forms/action-state";

/** Change the password; an account without one (code or OAuth sign-in) sets one without the current-password field. */
export function PasswordForm({ hasPassword, minLength }: { hasPassword: boolean; minLength: number }) {
  const t = useTranslations("accountForms");
  const [state, action] = useActionState(changePasswordAction, initialActionState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      {hasPassword && (
        <TextField
          name="currentPassword"
          label={t("currentPassword")}
          type="password"
          autoComplete="current-password"
          required
          error={state.fieldErrors?.currentPassword}
        />
      )}
      <TextField
        name="newPassword"
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        hint={t("newPasswordHint", { min: minLength })}
        error={state.fieldErrors?.newPassword}
      />
      <div>
        <SubmitButton variant="secondary">{hasPassword ? t("changePassword") : t("setPassword")}</SubmitButton>
      </div>
    </form>
  );
}
