"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { MethodIconImage } from "@/components/payments/method-icon";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { savePaymentMethodsAction } from "@/lib/payments/actions";
import type { MethodIcon } from "@/lib/payments/methods";

type Choice = { id: string; name: string; icon: MethodIcon; enabled: boolean };

/** A checkbox per method of the active provider: checkout offers the checked ones, in this order. */
export function PaymentMethodsForm({ methods }: { methods: Choice[] }) {
  const t = useTranslations("adminPayments");
  const [state, action] = useActionState(savePaymentMethodsAction, initialActionState);
  const error = state.fieldErrors?.methods;
  // After a refused save the form shows what was sent (React resets the fields to these defaults after each submit).
  const sent = state.values ? (state.values.methods ?? "").split(",") : null;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <fieldset className="flex flex-col gap-2" aria-describedby={error ? "methods-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("methods")}</legend>
        {methods.map((m) => (
          <label key={m.id} className="flex items-center gap-3 rounded-lg border border-zinc-300 bg-white p-3">
            <input
              type="checkbox"
              name="methods"
              value={m.id}
              defaultChecked={sent ? sent.includes(m.id) : m.enabled}
              className="h-4 w-4"
            />
            <MethodIconImage icon={m.icon} />
            {m.name}
          </label>
        ))}
        {error && (
          <p id="methods-error" className="text-sm text-rose-700">
            {error}
          </p>
        )}
      </fieldset>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
