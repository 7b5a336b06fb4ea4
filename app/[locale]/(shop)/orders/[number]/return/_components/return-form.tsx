"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { createReturnAction } from "@/lib/returns/actions";
import type { ReturnableLine } from "@/lib/returns/queries";

/** Per line how many come back (and, for an exchange, what instead), why, optional photos, refund or exchange. */
export function ReturnForm({ number, lines }: { number: string; lines: ReturnableLine[] }) {
  const t = useTranslations("returnsForm");
  const [state, action] = useActionState(createReturnAction, initialActionState);
  const [resolution, setResolution] = useState(state.values?.resolution ?? "refund");
  const v = state.values ?? {};
  return (
    <form action={action} aria-label={t("label")} className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="number" value={number} />
      <FormError>{state.error}</FormError>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-zinc-200 text-left text-zinc-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("item")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("returnable")}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t("return")}
            </th>
            {resolution === "exchange" && (
              <th scope="col" className="py-2 font-medium">
                {t("instead")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className="border-b border-zinc-100">
              <th scope="row" id={`line-${l.id}`} className="py-2 pr-3 text-left font-normal">
                {l.title}
              </th>
              <td className="py-2 pr-3">{t("ofQuantity", { returnable: l.returnable, quantity: l.quantity })}</td>
              <td className="py-2 pr-3">
                <label htmlFor={`qty-${l.id}`} className="sr-only">
                  {t("quantityToReturn")}
                </label>
                <input
                  id={`qty-${l.id}`}
                  name={`qty-${l.id}`}
                  type="number"
                  min={0}
                  max={l.returnable}
                  disabled={l.returnable === 0}
                  defaultValue={v[`qty-${l.id}`] ?? "0"}
                  aria-describedby={`line-${l.id}`}
                  className="w-20 rounded-lg border border-zinc-400 px-2 py-1"
                />
              </td>
              {resolution === "exchange" && (
                <td className="py-2">
                  <label htmlFor={`exchange-${l.id}`} className="sr-only">
                    {t("replacement")}
                  </label>
                  <select
                    id={`exchange-${l.id}`}
                    name={`exchange-${l.id}`}
                    defaultValue={v[`exchange-${l.id}`] ?? ""}
                    aria-describedby={`line-${l.id}`}
                    className="rounded-lg border border-zinc-400 bg-white px-2 py-1"
                  >
                    <option value="">{t("choose")}</option>
                    {l.exchangeOptions.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.title}
                      </option>
                    ))}
                  </select>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <TextAreaField
        name="reason"
        label={t("reason")}
        rows={3}
        defaultValue={v.reason}
        error={state.fieldErrors?.reason}
        hint={t("reasonHint")}
      />
      <div className="space-y-1">
        <label htmlFor="photos" className="block text-sm font-medium text-zinc-900">
          {t("photos")}
        </label>
        <input id="photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="photos-hint" />
        <p id="photos-hint" className="text-sm text-zinc-600">
          {t("photosHint")}
        </p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-zinc-900">{t("what")}</legend>
        {(["refund", "exchange"] as const).map((r) => (
          <div key={r} className="flex items-center gap-2">
            <input
              id={`resolution-${r}`}
              type="radio"
              name="resolution"
              value={r}
              checked={resolution === r}
              onChange={() => setResolution(r)}
              className="h-4 w-4"
            />
            <label htmlFor={`resolution-${r}`} className="text-sm">
              {t(r)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="w-fit">
        <SubmitButton>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
