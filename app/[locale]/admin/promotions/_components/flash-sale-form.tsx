"use client";

import { useActionState } from "react";
import { fieldValues } from "@/components/admin/promotions/field-values";
import { WindowFields } from "@/components/admin/promotions/form-fields";
import { NumberField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";

type Props = { action: (prev: ActionState, form: FormData) => Promise<ActionState>; initial: Record<string, string>; currency: string };

/** Put one variant on flash sale: its SKU, the sale price, how many units in all and per shopper, and when (UTC). */
export function FlashSaleForm({ action: submit, initial, currency }: Props) {
  const [state, action] = useActionState(submit, initialActionState);
  const f = fieldValues(state, initial);
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <TextField
        name="sku"
        label="SKU"
        defaultValue={f.value("sku")}
        error={f.error("sku")}
        hint="The variant's SKU, as on the product or in Inventory."
        autoComplete="off"
        required
      />
      <TextField
        name="salePrice"
        label="Sale price"
        inputMode="decimal"
        defaultValue={f.value("salePrice")}
        error={f.error("salePrice")}
        hint={`In ${currency}, below the variant's price, e.g. 9.90.`}
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          name="quantityCap"
          label="Quantity cap"
          min={1}
          defaultValue={f.value("quantityCap")}
          error={f.error("quantityCap")}
          hint="Units at the sale price in all (apart from stock, which is still needed)."
          required
        />
        <NumberField
          name="perCustomerLimit"
          label="Per-customer limit"
          min={1}
          defaultValue={f.value("perCustomerLimit")}
          error={f.error("perCustomerLimit")}
          hint="Units per shopper; guests are counted by e-mail."
          required
        />
      </div>
      <WindowFields f={f} required />
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  );
}
