"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NumberField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveLoyaltySettingsAction } from "@/lib/loyalty/actions";
import type { LoyaltySettings } from "@/lib/loyalty/settings";

/** Earn rate, review points, redeem rate, the most points may pay, expiry, on/off. */
export function LoyaltySettingsForm({ settings }: { settings: LoyaltySettings }) {
  const t = useTranslations("adminSettings.loyalty");
  const [state, action] = useActionState(saveLoyaltySettingsAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const value = (name: keyof LoyaltySettings) => state.values?.[name] ?? (settings[name] === null ? "" : String(settings[name]));
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          name="enabled"
          defaultChecked={state.values ? state.values.enabled === "on" : settings.enabled}
          className="h-4 w-4"
        />
        {t("enabled")}
      </label>
      <NumberField
        name="earnPointsPerUnit"
        label={t("earn")}
        min={0}
        defaultValue={value("earnPointsPerUnit")}
        error={e.earnPointsPerUnit}
        hint={t("earnHint")}
      />
      <NumberField name="reviewPoints" label={t("review")} min={0} defaultValue={value("reviewPoints")} error={e.reviewPoints} />
      <NumberField
        name="redeemPointsPerUnit"
        label={t("redeem")}
        min={1}
        defaultValue={value("redeemPointsPerUnit")}
        error={e.redeemPointsPerUnit}
      />
      <NumberField
        name="maxRedeemPercent"
        label={t("maxRedeem")}
        min={0}
        max={100}
        defaultValue={value("maxRedeemPercent")}
        error={e.maxRedeemPercent}
        hint={t("maxRedeemHint")}
      />
      <NumberField
        name="expiryMonths"
        label={t("expiry")}
        min={1}
        max={120}
        defaultValue={value("expiryMonths")}
        error={e.expiryMonths}
        hint={t("expiryHint")}
      />
      <div>
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
