"use client";

import { useActionState } from "react";
import { NumberField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveLoyaltySettingsAction } from "@/lib/loyalty/actions";
import type { LoyaltySettings } from "@/lib/loyalty/settings";

/** Earn rate, review points, redeem rate, the most points may pay, expiry, on/off. */
export function LoyaltySettingsForm({ settings }: { settings: LoyaltySettings }) {
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
        Points enabled
      </label>
      <NumberField
        name="earnPointsPerUnit"
        label="Points earned per 1.00"
        min={0}
        defaultValue={value("earnPointsPerUnit")}
        error={e.earnPointsPerUnit}
        hint="Per 1.00 paid for items after discounts, when an order is paid (accounts with a confirmed e-mail)."
      />
      <NumberField name="reviewPoints" label="Points for a review" min={0} defaultValue={value("reviewPoints")} error={e.reviewPoints} />
      <NumberField
        name="redeemPointsPerUnit"
        label="Points that pay for 1.00"
        min={1}
        defaultValue={value("redeemPointsPerUnit")}
        error={e.redeemPointsPerUnit}
      />
      <NumberField
        name="maxRedeemPercent"
        label="Most of an order points may pay (%)"
        min={0}
        max={100}
        defaultValue={value("maxRedeemPercent")}
        error={e.maxRedeemPercent}
        hint="A share of the items after discounts; shipping is always paid in money."
      />
      <NumberField
        name="expiryMonths"
        label="Points expire after (months)"
        min={1}
        max={120}
        defaultValue={value("expiryMonths")}
        error={e.expiryMonths}
        hint="Unspent earned points lapse this many months after they were earned. Empty: they never expire."
      />
      <div>
        <SubmitButton>Save points settings</SubmitButton>
      </div>
    </form>
  );
}
