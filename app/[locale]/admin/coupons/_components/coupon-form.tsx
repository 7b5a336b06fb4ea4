"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { fieldValues } from "@/components/admin/promotions/field-values";
import { ScopeFields, WindowFields } from "@/components/admin/promotions/form-fields";
import { useTypeFields } from "@/components/admin/promotions/use-type-fields";
import { NumberField, SelectField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import type { ScopeOptions } from "@/lib/promotions/admin/queries";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  options: ScopeOptions;
  initial: Record<string, string>;
  currency: string;
};

/** Create or edit a coupon; amounts are typed in the store currency (50.00), times in UTC. */
export function CouponForm({ action: submit, options, initial, currency }: Props) {
  const t = useTranslations("adminCoupons.form");
  const words = useTranslations("adminPromotions");
  const [state, action] = useActionState(submit, initialActionState);
  const f = fieldValues(state, initial);
  const { onTypeChange, hides } = useTypeFields(f.value("type") || "percent_off");
  const amountHidden = hides("percent_off", "fixed_off");
  const text = (name: string, label: string, hint?: string) => (
    <TextField name={name} label={label} defaultValue={f.value(name)} error={f.error(name)} hint={hint} inputMode="decimal" />
  );
  return (
    <form action={action} className="flex max-w-2xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      {initial.id && <input type="hidden" name="id" value={initial.id} />}
      <TextField
        name="code"
        label={t("code")}
        defaultValue={f.value("code")}
        error={f.error("code")}
        hint={t("codeHint")}
        autoComplete="off"
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="type"
          label={t("type")}
          defaultValue={f.value("type") || "percent_off"}
          error={f.error("type")}
          onChange={onTypeChange}
        >
          <option value="percent_off">{t("percent")}</option>
          <option value="fixed_off">{t("fixed")}</option>
          <option value="free_shipping">{t("freeShipping")}</option>
        </SelectField>
        <fieldset hidden={amountHidden} disabled={amountHidden} className={amountHidden ? "hidden" : "contents"}>
          {text("amount", words("form.amount"), t("amountHint", { currency }))}
        </fieldset>
        {text("minSpend", words("form.minSpend"), t("minSpendHint"))}
        {text("maxDiscount", words("form.maxDiscount"), words("form.maxDiscountHint"))}
      </div>
      <WindowFields f={f} />
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          name="usageLimit"
          label={t("usageLimit")}
          min={1}
          defaultValue={f.value("usageLimit")}
          error={f.error("usageLimit")}
          hint={t("usageLimitHint")}
        />
        <NumberField
          name="perCustomerLimit"
          label={t("perCustomerLimit")}
          min={1}
          defaultValue={f.value("perCustomerLimit")}
          error={f.error("perCustomerLimit")}
          hint={t("perCustomerHint")}
        />
      </div>
      <ScopeFields f={f} options={options} />
      <div>
        <SubmitButton>{words("save")}</SubmitButton>
      </div>
    </form>
  );
}
