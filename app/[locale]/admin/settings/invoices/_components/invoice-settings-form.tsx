"use client";

import { useActionState } from "react";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveInvoiceSettingsAction } from "@/lib/invoices/actions";

export type InvoiceSettingsFormValues = { storeAddress: string; storeTaxNumber: string; taxRate: string; taxName: string };

/** The seller's address and tax number on invoices, and the tax rate prices include. */
export function InvoiceSettingsForm({ settings }: { settings: InvoiceSettingsFormValues }) {
  const [state, action] = useActionState(saveInvoiceSettingsAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const v = state.values;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <TextAreaField
        name="storeAddress"
        label="Store address"
        rows={4}
        defaultValue={v?.storeAddress ?? settings.storeAddress}
        error={e.storeAddress}
        hint="The seller's postal address on invoices, one part per line (at most 8 lines)."
      />
      <TextField
        name="storeTaxNumber"
        label="Store tax number"
        defaultValue={v?.storeTaxNumber ?? settings.storeTaxNumber}
        error={e.storeTaxNumber}
        hint="Your VAT or tax registration number. Empty: not printed."
      />
      <TextField
        name="taxRateBasisPoints"
        label="Tax rate (%)"
        inputMode="decimal"
        defaultValue={v?.taxRateBasisPoints ?? settings.taxRate}
        error={e.taxRateBasisPoints}
        hint="Prices include tax at this rate; invoices show the tax each total contains. 0: no tax line."
      />
      <TextField
        name="taxName"
        label="Tax name"
        defaultValue={v?.taxName ?? settings.taxName}
        error={e.taxName}
        hint="As printed on the tax line, e.g. VAT, GST or 增值税."
      />
      <div>
        <SubmitButton>Save invoice settings</SubmitButton>
      </div>
    </form>
  );
}
