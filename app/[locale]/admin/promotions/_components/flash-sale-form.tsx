"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { fieldValues } from "@/components/admin/promotions/field-values";
import { WindowFields } from "@/components/admin/promotions/form-fields";
import { NumberField, TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";

type Props = { action: (prev: ActionState, form: FormData) => Promise<ActionState>; initial: Record<string, string>; currency: string };

/** Put one variant on flash sale: its SKU, the sale price, how many units in all and per shopper, and when (UTC). */
export function FlashSaleForm({ action: submit, initial, currency }: Props) {
  const t = useTranslations("adminPromotions");
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
        hint={t("flashForm.skuHint")}
        autoComplete="off"
        required
      />
      <TextField
        name="salePrice"
        label={t("flashForm.salePrice")}
        inputMode="decimal"
        defaultValue={f.value("salePrice")}
        error={f.error("salePrice")}
        hint={t("flashForm.salePriceHint", { currency })}
        required
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <NumberField
          name="quantityCap"
          label={t("flashForm.quantityCap")}
          min={1}
          defaultValue={f.value("quantityCap")}
          error={f.error("quantityCap")}
          hint={t("flashForm.quantityCapHint")}
          required
        />
        <NumberField
          name="perCustomerLimit"
          label={t("flashForm.perCustomerLimit")}
          min={1}
          defaultValue={f.value("perCustomerLimit")}
          error={f.error("perCustomerLimit")}
          hint={t("flashForm.perCustomerHint")}
          required
        />
      </div>
      <WindowFields f={f} required />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
