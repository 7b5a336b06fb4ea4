"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { requestCodeAction, signUpAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { EmailField, NewPasswordField } from "./auth-fields";
import { CodeStep } from "./code-step";

/**
 * Name, e-mail and password; then (the same answer whether or not the e-mail
 * already has an account) the code from the e-mail, which finishes sign-up.
 */
export function SignUpForm({ next, signInHref }: { next: string; signInHref: string }) {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(signUpAction, initialActionState);
  const [resent, resend] = useActionState(requestCodeAction, initialActionState);
  if (state.ok) {
    const email = state.values?.email ?? "";
    return (
      <div className="space-y-4">
        <FormStatus>{resent.ok ? resent.message : state.message}</FormStatus>
        <CodeStep email={email} next={next}>
          <FormError>{resent.error}</FormError>
          <form action={resend} className="flex flex-wrap items-center gap-3 text-sm">
            <input type="hidden" name="email" value={email} />
            <SubmitButton variant="secondary">{t("sendNewCode")}</SubmitButton>
            <Link href={signInHref} className="text-zinc-700 underline hover:text-zinc-950">
              {t("passwordInstead")}
            </Link>
          </form>
        </CodeStep>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name}
        error={state.fieldErrors?.name}
      />
      <EmailField defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <NewPasswordField name="password" label={t("password")} error={state.fieldErrors?.password} />
      <SubmitButton>{t("createAccount")}</SubmitButton>
    </form>
  );
}
