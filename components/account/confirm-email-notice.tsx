"use client";

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
  const [sent, sendCode] = useActionState(sendConfirmCodeAction, initialActionState);
  const [confirmed, confirm] = useActionState(confirmEmailAction, initialActionState);
  if (confirmed.ok) return <FormStatus>{confirmed.message}</FormStatus>;
  return (
    <section aria-labelledby="confirm-email-heading" className="space-y-3 rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm">
      <h2 id="confirm-email-heading" className="text-base font-semibold text-amber-950">
        Confirm your e-mail address
      </h2>
      <p className="text-amber-950">
        Until you confirm {email}, this account cannot place orders, and its saved addresses and loyalty points stay hidden. We e-mail you a
        6-digit code to prove the address is yours.
      </p>
      {sent.ok ? <FormStatus>{sent.message}</FormStatus> : <FormError>{sent.error}</FormError>}
      <form action={sendCode}>
        <SubmitButton variant="secondary">{sent.ok ? "Send a new code" : "Send code"}</SubmitButton>
      </form>
      {sent.ok && (
        <form action={confirm} className="space-y-3" noValidate>
          <FormError>{confirmed.error}</FormError>
          <input type="hidden" name="email" value={email} />
          <CodeField email={email} error={confirmed.fieldErrors?.code} />
          <SubmitButton>Confirm e-mail</SubmitButton>
        </form>
      )}
    </section>
  );
}
