"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { setThresholdAction } from "@/lib/inventory/actions";

/** The variant's own low-stock threshold; blank follows the store default. */
export function ThresholdForm({ variantId, own, storeDefault }: { variantId: number; own: number | null; storeDefault: number }) {
  return (
    <StaffActionForm
      action={setThresholdAction}
      hidden={{ variantId }}
      label="Set the low-stock threshold"
      className="flex max-w-md flex-col gap-3"
    >
      {(state) => (
        <>
          <TextField
            name="threshold"
            label="Low-stock threshold"
            inputMode="numeric"
            hint={`Leave blank to follow the store default (${storeDefault}).`}
            defaultValue={state.ok ? (own ?? "") : (state.values?.threshold ?? own ?? "")}
            error={state.fieldErrors?.threshold}
          />
          <div>
            <SubmitButton variant="secondary">Save threshold</SubmitButton>
          </div>
        </>
      )}
    </StaffActionForm>
  );
}
