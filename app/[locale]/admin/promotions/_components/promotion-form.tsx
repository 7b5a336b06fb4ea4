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
  const t = useTranslations("adminPromotions");
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
        label={t("form.name")}
        defaultValue={f.value("name")}
        error={f.error("name")}
        hint={t("form.nameHint")}
        required
      />
      <TextField
        name="zhName"
        label={t("form.zhName")}
        lang="zh-CN"
        defaultValue={f.value("zhName")}
        error={f.error("zhName")}
        hint={t("form.zhNameHint")}
        maxLength={80}
      />
      <SelectField
        name="type"
        label={t("form.type")}
        defaultValue={f.value("type") || "spend_save"}
        error={f.error("type")}
        onChange={onTypeChange}
      >
        {/* messages: adminPromotions.types.* */}
        {AUTOMATIC_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`types.${type}`)}
          </option>
        ))}
      </SelectField>
      {group(hides("spend_save"), <TierRows f={f} currency={currency} />)}
      <div className="grid gap-3 sm:grid-cols-2">
        {group(hides("percent_off", "fixed_off"), money("amount", t("form.amount"), t("form.amountHint", { currency })))}
        {group(
          hides("percent_off", "fixed_off", "buy_x_get_y", "free_shipping"),
          money("minSpend", t("form.minSpend"), t("form.minSpendHint")),
        )}
        {group(
          hides("buy_x_get_y"),
          <>
            <NumberField
              name="buyQuantity"
              label={t("form.buyQuantity")}
              min={1}
              defaultValue={f.value("buyQuantity")}
              error={f.error("buyQuantity")}
              hint={t("form.buyHint")}
            />
            <NumberField
              name="getQuantity"
              label={t("form.getQuantity")}
              min={1}
              defaultValue={f.value("getQuantity")}
              error={f.error("getQuantity")}
              hint={t("form.getHint")}
            />
          </>,
        )}
        {group(hides("percent_off", "buy_x_get_y", "spend_save"), money("maxDiscount", t("form.maxDiscount"), t("form.maxDiscountHint")))}
      </div>
      <WindowFields f={f} />
      <ScopeFields f={f} options={options} />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
