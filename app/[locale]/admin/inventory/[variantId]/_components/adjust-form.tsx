"use client";

import { useTranslations } from "next-intl";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { adjustStockAction } from "@/lib/inventory/actions";
import { ReasonSelect } from "../../_components/reason-select";

/** The full adjustment form: a signed change, or for a stocktake the counted quantity. */
export function AdjustForm({ variantId }: { variantId: number }) {
  const t = useTranslations("adminInventory.adjust");
  return (
    <StaffActionForm action={adjustStockAction} hidden={{ variantId }} label={t("label")} className="flex max-w-md flex-col gap-3">
      {(state) => {
        const v = state.ok ? {} : (state.values ?? {});
        return (
          <>
            <TextField
              name="adjustment"
              label={t("adjustment")}
              inputMode="numeric"
              hint={t("adjustmentHint")}
              defaultValue={v.adjustment}
              error={state.fieldErrors?.adjustment}
            />
            <TextField
              name="counted"
              label={t("counted")}
              inputMode="numeric"
              hint={t("countedHint")}
              defaultValue={v.counted}
              error={state.fieldErrors?.counted}
            />
            <div className="space-y-1">
              <label htmlFor="reason" className="block text-sm font-medium">
                {t("reason")}
              </label>
              <ReasonSelect id="reason" defaultValue={v.reason} className="w-full rounded-lg border border-zinc-400 bg-white px-3 py-2" />
            </div>
            <TextField name="note" label={t("note")} hint={t("noteHint")} defaultValue={v.note} error={state.fieldErrors?.note} />
            <div>
              <SubmitButton>{t("apply")}</SubmitButton>
            </div>
          </>
        );
      }}
    </StaffActionForm>
  );
}
