"use client";

import { useTranslations } from "next-intl";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { setThresholdAction } from "@/lib/inventory/actions";

/** The variant's own low-stock threshold; blank follows the store default. */
export function ThresholdForm({ variantId, own, storeDefault }: { variantId: number; own: number | null; storeDefault: number }) {
  const t = useTranslations("adminInventory.threshold");
  return (
    <StaffActionForm action={setThresholdAction} hidden={{ variantId }} label={t("label")} className="flex max-w-md flex-col gap-3">
      {(state) => (
        <>
          <TextField
            name="threshold"
            label={t("field")}
            inputMode="numeric"
            hint={t("hint", { threshold: storeDefault })}
            defaultValue={state.ok ? (own ?? "") : (state.values?.threshold ?? own ?? "")}
            error={state.fieldErrors?.threshold}
          />
          <div>
            <SubmitButton variant="secondary">{t("save")}</SubmitButton>
          </div>
        </>
      )}
    </StaffActionForm>
  );
}
