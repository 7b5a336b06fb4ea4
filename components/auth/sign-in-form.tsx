"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { EmailField } from "./auth-fields";

export function SignInForm({ next, forgotHref }: { next: string; forgotHref: string }) {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(signInAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="next" value={next} />
      <EmailField defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        error={state.fieldErrors?.password}
      />
      <p className="text-sm">
        <Link href={forgotHref} className="text-zinc-700 underline hover:text-zinc-950">
          {t("forgotPassword")}
        </Link>
      </p>
      <SubmitButton>{t("signIn")}</SubmitButton>
    </form>
  );
}
