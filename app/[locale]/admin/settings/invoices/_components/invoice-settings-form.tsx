"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveInvoiceSettingsAction } from "@/lib/invoices/actions";

export type InvoiceSettingsFormValues = { storeAddress: string; storeTaxNumber: string; taxRate: string; taxName: string };

/** The seller's address and tax number on invoices, and the tax rate prices include. */
export function InvoiceSettingsForm({ settings }: { settings: InvoiceSettingsFormValues }) {
  const t = useTranslations("adminSettings.invoices");
  const [state, action] = useActionState(saveInvoiceSettingsAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const v = state.values;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <TextAreaField
        name="storeAddress"
        label={t("storeAddress")}
        rows={4}
        defaultValue={v?.storeAddress ?? settings.storeAddress}
        error={e.storeAddress}
        hint={t("storeAddressHint")}
      />
      <TextField
        name="storeTaxNumber"
        label={t("taxNumber")}
        defaultValue={v?.storeTaxNumber ?? settings.storeTaxNumber}
        error={e.storeTaxNumber}
        hint={t("taxNumberHint")}
      />
      <TextField
        name="taxRateBasisPoints"
        label={t("taxRate")}
        inputMode="decimal"
        defaultValue={v?.taxRateBasisPoints ?? settings.taxRate}
        error={e.taxRateBasisPoints}
        hint={t("taxRateHint")}
      />
      <TextField
        name="taxName"
        label={t("taxName")}
        defaultValue={v?.taxName ?? settings.taxName}
        error={e.taxName}
        hint={t("taxNameHint")}
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
