"use client";

import { useActionState } from "react";
import { fieldValues } from "@/components/admin/promotions/field-values";
import { ScopeFields, WindowFields } from "@/components/admin/promotions/form-fields";
import { NumberField, SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { TYPE_LABELS } from "@/lib/promotions/admin/describe";
import type { ScopeOptions } from "@/lib/promotions/admin/queries";
import { AUTOMATIC_TYPES } from "@/lib/promotions/admin/schema";
import { TierRows } from "./tier-rows";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  options: ScopeOptions;
  initial: Record<string, string>;
  currency: string;
};

/** Create or edit an automatic promotion; each type reads the fields its hint names, the others are ignored. */
export function PromotionForm({ action: submit, options, initial, currency }: Props) {
  const [state, action] = useActionState(submit, initialActionState);
  const f = fieldValues(state, initial);
  const money = (name: string, label: string, hint: string) => (
    <TextField name={name} label={label} defaultValue={f.value(name)} error={f.error(name)} hint={hint} inputMode="decimal" />
  );
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <TextField
        name="name"
        label="Name"
        defaultValue={f.value("name")}
        error={f.error("name")}
        hint="Shown to shoppers as the discount's label."
        required
      />
      <SelectField name="type" label="Type" defaultValue={f.value("type") || "spend_save"} error={f.error("type")}>
        {AUTOMATIC_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      <TierRows f={f} currency={currency} />
      <div className="grid gap-3 sm:grid-cols-2">
        {money("amount", "Amount", `Percent off: a percentage (15 for 15%). Fixed amount off: an amount in ${currency}.`)}
        {money("minSpend", "Minimum spend", "On eligible items; for Free shipping over an amount, the amount.")}
        <NumberField
          name="buyQuantity"
          label="Buy quantity"
          min={1}
          defaultValue={f.value("buyQuantity")}
          error={f.error("buyQuantity")}
          hint="Buy X get Y: X."
        />
        <NumberField
          name="getQuantity"
          label="Free quantity"
          min={1}
          defaultValue={f.value("getQuantity")}
          error={f.error("getQuantity")}
          hint="Buy X get Y: Y, the cheapest units."
        />
        {money("maxDiscount", "Maximum discount", "Caps the discount; empty for no cap.")}
      </div>
      <WindowFields f={f} />
      <ScopeFields f={f} options={options} />
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  );
}
