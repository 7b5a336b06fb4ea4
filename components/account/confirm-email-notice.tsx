"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CodeField } from "@/components/auth/code-step";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmEmailAction, sendConfirmCodeAction } from "@/lib/accounts/actions";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * Shown to a signed-in account whose e-mail is not proven yet: what it cannot
 * do, and the way to prove it (a code sent to the address, entered here).
 */
export function ConfirmEmailNotice({ email }: { email: string }) {
  const t = useTranslations("accountForms");
  const [sent, sendCode] = useActionState(sendConfirmCodeAction, initialActionState);
  const [confirmed, confirm] = useActionState(confirmEmailAction, initialActionState);
  if (confirmed.ok) return <FormStatus>{confirmed.message}</FormStatus>;
  return (
    <section aria-labelledby="confirm-email-heading" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="confirm-email-heading" className="text-base font-semibold text-amber-950">
        {t("confirmTitle")}
      </h2>
      <p className="text-amber-950">{t("confirmIntro", { email })}</p>
      {sent.ok ? <FormStatus>{sent.message}</FormStatus> : <FormError>{sent.error}</FormError>}
      <form action={sendCode}>
        <SubmitButton variant="secondary">{sent.ok ? t("sendNewCode") : t("sendCode")}</SubmitButton>
      </form>
      {sent.ok && (
        <form action={confirm} className="space-y-3" noValidate>
          <FormError>{confirmed.error}</FormError>
          <input type="hidden" name="email" value={email} />
          <CodeField email={email} error={confirmed.fieldErrors?.code} />
          <SubmitButton>{t("confirmEmail")}</SubmitButton>
        </form>
      )}
    </section>
  );
}
