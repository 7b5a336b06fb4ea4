"use client";

import { useActionState, useState } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { createReturnAction } from "@/lib/returns/actions";
import type { ReturnableLine } from "@/lib/returns/queries";

/** Per line how many come back (and, for an exchange, what instead), why, optional photos, refund or exchange. */
export function ReturnForm({ number, lines }: { number: string; lines: ReturnableLine[] }) {
  const [state, action] = useActionState(createReturnAction, initialActionState);
  const [resolution, setResolution] = useState(state.values?.resolution ?? "refund");
  const v = state.values ?? {};
  return (
    <form action={action} aria-label="Return items" className="flex flex-col gap-5" noValidate>
      <input type="hidden" name="number" value={number} />
      <FormError>{state.error}</FormError>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-zinc-200 text-left text-zinc-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              Item
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Returnable
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Return
            </th>
            {resolution === "exchange" && (
              <th scope="col" className="py-2 font-medium">
                Instead
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
              <td className="py-2 pr-3">
                {l.returnable} of {l.quantity}
              </td>
              <td className="py-2 pr-3">
                <label htmlFor={`qty-${l.id}`} className="sr-only">
                  Quantity to return
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
                    Replacement
                  </label>
                  <select
                    id={`exchange-${l.id}`}
                    name={`exchange-${l.id}`}
                    defaultValue={v[`exchange-${l.id}`] ?? ""}
                    aria-describedby={`line-${l.id}`}
                    className="rounded-lg border border-zinc-400 bg-white px-2 py-1"
                  >
                    <option value="">Choose…</option>
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
        label="Reason"
        rows={3}
        defaultValue={v.reason}
        error={state.fieldErrors?.reason}
        hint="What is wrong with the items, or why they do not suit you."
      />
      <div className="space-y-1">
        <label htmlFor="photos" className="block text-sm font-medium text-zinc-900">
          Photos
        </label>
        <input id="photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple aria-describedby="photos-hint" />
        <p id="photos-hint" className="text-sm text-zinc-600">
          Optional: up to 3 pictures, under 900 KB together.
        </p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-zinc-900">What would you like?</legend>
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
              {r === "refund" ? "Refund" : "Exchange"}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="w-fit">
        <SubmitButton>Submit return</SubmitButton>
      </div>
    </form>
  );
}
