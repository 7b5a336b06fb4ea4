"use client";

import { useTranslations } from "next-intl";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { adjustStockAction } from "@/lib/inventory/actions";
import { ReasonSelect } from "./reason-select";

const input = "rounded-lg border border-zinc-400 bg-white px-2 py-1.5 text-sm";

/** The compact per-variant adjustment in the inventory list: a signed change, a reason, an optional note. */
export function QuickAdjustForm({ variantId, sku }: { variantId: number; sku: string }) {
  const t = useTranslations("adminInventory.quick");
  const id = (f: string) => `${f}-${variantId}`;
  return (
    <StaffActionForm action={adjustStockAction} hidden={{ variantId }} label={t("label", { sku })} className="flex flex-col gap-2">
      {(state) => (
        <div className="flex flex-wrap items-end gap-2 xl:flex-nowrap">
          <div className="flex flex-col">
            <label htmlFor={id("adjustment")} className="text-xs text-zinc-600">
              {t("adjustment")}
            </label>
            <input
              id={id("adjustment")}
              name="adjustment"
              inputMode="numeric"
              placeholder="+12 / -3"
              defaultValue={state.ok ? "" : state.values?.adjustment}
              aria-invalid={state.fieldErrors?.adjustment ? true : undefined}
              aria-describedby={state.fieldErrors?.adjustment ? id("adjustment-error") : undefined}
              className={`${input} w-20`}
            />
          </div>
          <div className="flex flex-col">
            <label htmlFor={id("reason")} className="text-xs text-zinc-600">
              {t("reason")}
            </label>
            <ReasonSelect id={id("reason")} defaultValue={state.ok ? undefined : state.values?.reason} />
          </div>
          <div className="flex flex-col">
            <label htmlFor={id("note")} className="text-xs text-zinc-600">
              {t("note")}
            </label>
            <input id={id("note")} name="note" defaultValue={state.ok ? "" : state.values?.note} className={`${input} w-32`} />
          </div>
          <button
            type="submit"
            className="whitespace-nowrap rounded-full bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700"
          >
            {t("apply")}
          </button>
          {state.fieldErrors?.adjustment && (
            <p id={id("adjustment-error")} className="w-full text-sm text-rose-700">
              {state.fieldErrors.adjustment}
            </p>
          )}
        </div>
      )}
    </StaffActionForm>
  );
}
