"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { adjustStockAction } from "@/lib/inventory/actions";
import { ReasonSelect } from "../../_components/reason-select";

/** The full adjustment form: a signed change, or for a stocktake the counted quantity. */
export function AdjustForm({ variantId }: { variantId: number }) {
  return (
    <StaffActionForm action={adjustStockAction} hidden={{ variantId }} label="Adjust stock" className="flex max-w-md flex-col gap-3">
      {(state) => {
        const v = state.ok ? {} : (state.values ?? {});
        return (
          <>
            <TextField
              name="adjustment"
              label="Adjustment"
              inputMode="numeric"
              hint="Signed: 12 adds twelve, -3 takes three out."
              defaultValue={v.adjustment}
              error={state.fieldErrors?.adjustment}
            />
            <TextField
              name="counted"
              label="Counted quantity"
              inputMode="numeric"
              hint="For a stocktake: leave Adjustment empty and enter what is on the shelf; it becomes the stock and the difference is recorded."
              defaultValue={v.counted}
              error={state.fieldErrors?.counted}
            />
            <div className="space-y-1">
              <label htmlFor="reason" className="block text-sm font-medium">
                Reason
              </label>
              <ReasonSelect id="reason" defaultValue={v.reason} className="w-full rounded-lg border border-zinc-400 bg-white px-3 py-2" />
            </div>
            <TextField
              name="note"
              label="Note"
              hint="Optional, e.g. the delivery note number."
              defaultValue={v.note}
              error={state.fieldErrors?.note}
            />
            <div>
              <SubmitButton>Apply adjustment</SubmitButton>
            </div>
          </>
        );
      }}
    </StaffActionForm>
  );
}
