"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NumberField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveStorePoliciesAction } from "@/lib/settings/policies/actions";
import type { StorePolicies } from "@/lib/settings/policies/texts";

type Props = { policies: StorePolicies; worded: { shipping: string; returns: string } };

/** Return window, refund of shipping on returns, the product page's summaries and the contact details. */
export function PoliciesForm({ policies, worded }: Props) {
  const t = useTranslations("adminSettings.policies");
  const [state, action] = useActionState(saveStorePoliciesAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const value = (name: keyof StorePolicies) => state.values?.[name] ?? String(policies[name] ?? "");
  const refundShipping = state.values ? state.values.refundShippingOnReturn === "on" : policies.refundShippingOnReturn;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <NumberField
        name="returnWindowDays"
        label={t("returnWindow")}
        min={1}
        max={365}
        required
        defaultValue={value("returnWindowDays")}
        error={e.returnWindowDays}
        hint={t("returnWindowHint")}
      />
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="refundShippingOnReturn"
            defaultChecked={refundShipping}
            aria-describedby="refundShippingOnReturn-hint"
            className="h-4 w-4"
          />
          {t("refundShipping")}
        </label>
        <p id="refundShippingOnReturn-hint" className="text-sm text-zinc-600">
          {t("refundShippingHint")}
        </p>
      </div>
      <TextAreaField
        name="shippingSummary"
        label={t("shippingSummary")}
        rows={2}
        maxLength={300}
        defaultValue={value("shippingSummary")}
        error={e.shippingSummary}
        hint={t("shippingSummaryHint", { text: worded.shipping })}
      />
      <TextAreaField
        name="returnsSummary"
        label={t("returnsSummary")}
        rows={2}
        maxLength={300}
        defaultValue={value("returnsSummary")}
        error={e.returnsSummary}
        hint={t("returnsSummaryHint", { text: worded.returns })}
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t("contactEmail")}
        autoComplete="off"
        defaultValue={value("contactEmail")}
        error={e.contactEmail}
        hint={t("contactHint")}
      />
      <TextField
        name="contactPhone"
        type="tel"
        label={t("contactPhone")}
        autoComplete="off"
        defaultValue={value("contactPhone")}
        error={e.contactPhone}
        hint={t("contactHint")}
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
