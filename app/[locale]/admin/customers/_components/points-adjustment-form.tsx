"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { NumberField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldFromState, initialActionState } from "@/lib/forms/action-state";
import { adjustPointsAction } from "@/lib/loyalty/actions";

/** `Points adjustment` (signed), `Reason`, `Apply adjustment`: a staff change of a customer's points. */
export function PointsAdjustmentForm({ userId }: { userId: string }) {
  const t = useTranslations("adminCustomers.pointsForm");
  const [state, action] = useActionState(adjustPointsAction, initialActionState);
  return (
    <form action={action} className="flex max-w-md flex-col gap-3" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <NumberField
        {...fieldFromState(state, "points")}
        // A fresh form after a success: the next adjustment starts empty.
        key={state.ok ? state.message : "points"}
        // The page's "Loyalty points" card already has the id "points".
        id="points-adjustment"
        label={t("adjustment")}
        step={1}
        inputMode="text"
        hint={t("adjustmentHint")}
        required
      />
      <TextField
        {...fieldFromState(state, "reason")}
        key={state.ok ? `${state.message}-reason` : "reason"}
        id="points-reason"
        label={t("reason")}
        maxLength={200}
        hint={t("reasonHint")}
        required
      />
      <div>
        <SubmitButton variant="secondary">{t("apply")}</SubmitButton>
      </div>
    </form>
  );
}
