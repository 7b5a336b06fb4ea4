"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { trackOrderAction } from "@/lib/orders/actions";

export function TrackForm() {
  const t = useTranslations("trackForm");
  const [state, action] = useActionState(trackOrderAction, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <TextField
        name="number"
        label={t("orderNumber")}
        placeholder="MC-2026-000123"
        autoComplete="off"
        required
        defaultValue={state.values?.number}
        error={errors.number}
      />
      <TextField
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
