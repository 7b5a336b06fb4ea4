"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { resetPasswordAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { NewPasswordField } from "./auth-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(resetPasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>
        {state.error}
        {state.error && !state.fieldErrors && (
          <>
            {" "}
            <Link href="/forgot-password" className="font-medium underline">
              {t("newResetLink")}
            </Link>
          </>
        )}
      </FormError>
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="newPassword" label={t("newPassword")} error={state.fieldErrors?.newPassword} />
      <SubmitButton>{t("setNewPassword")}</SubmitButton>
    </form>
  );
}
