"use client";

import { useActionState } from "react";
import { fieldValues } from "@/components/admin/promotions/field-values";
import { ScopeFields, WindowFields } from "@/components/admin/promotions/form-fields";
import { useTypeFields } from "@/components/admin/promotions/use-type-fields";
import { NumberField, SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { TYPE_LABELS } from "@/lib/promotions/admin/describe";
import type { ScopeOptions } from "@/lib/promotions/admin/queries";
import { AUTOMATIC_TYPES } from "@/lib/promotions/admin/schema";
import type { PromotionType } from "@/db/schema";
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
  const { onTypeChange, hides } = useTypeFields<PromotionType>((f.value("type") || "spend_save") as PromotionType);
  const group = (hidden: boolean, children: React.ReactNode) => (
    <fieldset hidden={hidden} disabled={hidden} className={hidden ? "hidden" : "contents"}>
      {children}
    </fieldset>
  );
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
      <SelectField name="type" label="Type" defaultValue={f.value("type") || "spend_save"} error={f.error("type")} onChange={onTypeChange}>
        {AUTOMATIC_TYPES.map((t) => (
          <option key={t} value={t}>
            {TYPE_LABELS[t]}
          </option>
        ))}
      </SelectField>
      {group(hides("spend_save"), <TierRows f={f} currency={currency} />)}
      <div className="grid gap-3 sm:grid-cols-2">
        {group(
          hides("percent_off", "fixed_off"),
          money("amount", "Amount", `Percent off: a percentage (15 for 15%). Fixed amount off: an amount in ${currency}.`),
        )}
        {group(
          hides("percent_off", "fixed_off", "buy_x_get_y", "free_shipping"),
          money("minSpend", "Minimum spend", "On eligible items; for Free shipping over an amount, the amount."),
        )}
        {group(
          hides("buy_x_get_y"),
          <>
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
          </>,
        )}
        {group(
          hides("percent_off", "buy_x_get_y", "spend_save"),
          money("maxDiscount", "Maximum discount", "Caps the discount; empty for no cap."),
        )}
      </div>
      <WindowFields f={f} />
      <ScopeFields f={f} options={options} />
      <div>
        <SubmitButton>Save</SubmitButton>
      </div>
    </form>
  );
}
