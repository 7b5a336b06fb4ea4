"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { TextField } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { payTestPaymentAction } from "@/lib/payments/test-gateway/actions";

function PayButton() {
  const t = useTranslations("paymentForm");
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="w-full rounded-full bg-zinc-900 px-4 py-3 font-medium text-white disabled:opacity-60"
    >
      {pending ? t("paying") : t("pay")}
    </button>
  );
}

/** The test gateway's card form. 4242 4242 4242 4242 succeeds; 4000 0000 0000 0002 is declined. */
export function TestCardForm({ paymentId }: { paymentId: string }) {
  const t = useTranslations("paymentForm");
  const [state, action] = useActionState(payTestPaymentAction.bind(null, paymentId), initialActionState);
  const cardError = state.fieldErrors?.cardNumber;
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-3 text-rose-800">
          {state.error}
        </p>
      )}
      <TextField
        name="cardNumber"
        label={t("cardNumber")}
        inputMode="numeric"
        autoComplete="off"
        placeholder="4242 4242 4242 4242"
        className="font-mono"
        error={cardError}
        hint={cardError ? undefined : t("hint")}
      />
      <PayButton />
    </form>
  );
}
