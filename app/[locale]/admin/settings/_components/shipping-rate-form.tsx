"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

export type ShippingRateValues = {
  id?: string;
  name: string;
  code: string;
  description: string;
  price: string;
  freeOver: string;
  minDays: string;
  maxDays: string;
  position: string;
  active: boolean;
};

type Props = { action: (prev: ActionState, form: FormData) => Promise<ActionState>; rate: ShippingRateValues; currency: string };

/** Create or edit a shipping rate; amounts in major units of the store currency. */
export function ShippingRateForm({ action: submit, rate, currency }: Props) {
  const t = useTranslations("adminSettings.rate");
  const [state, action] = useActionState(submit, initialActionState);
  const v = state.values;
  const e = state.fieldErrors ?? {};
  const value = (name: Exclude<keyof ShippingRateValues, "active">) => v?.[name] ?? rate[name] ?? "";
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      {rate.id && <input type="hidden" name="id" value={rate.id} />}
      <TextField name="name" label={t("name")} defaultValue={value("name")} error={e.name} hint={t("nameHint")} required />
      <TextField name="code" label={t("code")} defaultValue={value("code")} error={e.code} hint={t("codeHint")} required />
      <TextField name="description" label={t("description")} defaultValue={value("description")} error={e.description} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="price"
          label={t("price", { currency })}
          inputMode="decimal"
          defaultValue={value("price")}
          error={e.price}
          hint={t("priceHint")}
          required
        />
        <TextField
          name="freeOver"
          label={t("freeOver", { currency })}
          inputMode="decimal"
          defaultValue={value("freeOver")}
          error={e.freeOver}
          hint={t("freeOverHint")}
        />
        <TextField name="minDays" label={t("minDays")} type="number" min={0} defaultValue={value("minDays")} error={e.minDays} required />
        <TextField name="maxDays" label={t("maxDays")} type="number" min={0} defaultValue={value("maxDays")} error={e.maxDays} required />
        <TextField
          name="position"
          label={t("position")}
          type="number"
          min={0}
          defaultValue={value("position")}
          error={e.position}
          hint={t("positionHint")}
        />
      </div>
      <div className="flex items-center gap-2">
        <input id="active" name="active" type="checkbox" defaultChecked={v ? v.active === "on" : rate.active} className="h-4 w-4" />
        <label htmlFor="active" className="text-sm font-medium">
          {t("active")}
        </label>
      </div>
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
