"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { updateProfileAction } from "@/lib/accounts/actions";
import { initialActionState } from "@/lib/forms/action-state";

export function ProfileForm({ name }: { name: string }) {
  const t = useTranslations("accountForms");
  const [state, action] = useActionState(updateProfileAction, initialActionState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <TextField
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={state.values?.name ?? name}
        error={state.fieldErrors?.name}
      />
      <div>
        <SubmitButton variant="secondary">{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
