"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldFromState } from "@/lib/forms/action-state";
import { formatMoney } from "@/lib/money";
import { refundWithoutReturnAction } from "@/lib/refunds/actions";
import type { RefundSummary } from "@/lib/refunds/queries";

/** Staff give money back without a return (e.g. "item never arrived"): units per line, the shipping or not, a reason. */
export function RefundWithoutReturnForm({ number, summary }: { number: string; summary: RefundSummary }) {
  const money = (amount: number) => formatMoney({ amount, currency: summary.currency });
  const lines = summary.lines.filter((l) => l.unitsLeft > 0);
  return (
    <StaffActionForm action={refundWithoutReturnAction} hidden={{ number }} label="Refund without return" className="flex flex-col gap-3">
      {(state) => (
        <>
          <p className="text-sm text-zinc-600">
            For items the shopper keeps or never received. Each unit gives back its share of what was paid for its line (after discounts);
            the money goes back through the payment provider.
          </p>
          <table className="text-sm">
            <thead>
              <tr className="text-left text-zinc-600">
                <th className="py-1 pr-3 font-medium">Item</th>
                <th className="py-1 pr-3 font-medium">Paid</th>
                <th className="py-1 font-medium">Units</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td className="py-1 pr-3">{l.title}</td>
                  <td className="py-1 pr-3">
                    {money(l.net)} for {l.quantity}
                  </td>
                  <td className="py-1">
                    <label htmlFor={`refund-qty-${l.id}`} className="sr-only">
                      {`Units to refund of ${l.title}`}
                    </label>
                    <input
                      id={`refund-qty-${l.id}`}
                      name={`qty-${l.id}`}
                      type="number"
                      min={0}
                      max={l.unitsLeft}
                      defaultValue={state.values?.[`qty-${l.id}`] ?? "0"}
                      className="w-20 rounded-lg border border-zinc-400 px-2 py-1"
                    />{" "}
                    <span className="text-zinc-600">of {l.unitsLeft}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.shippingLeft > 0 && (
            <div className="flex items-center gap-2">
              <input id="refund-shipping" name="shipping" type="checkbox" className="h-4 w-4" />
              <label htmlFor="refund-shipping" className="text-sm font-medium">
                Also refund the shipping ({money(summary.shippingLeft)})
              </label>
            </div>
          )}
          <TextAreaField
            id="refund-reason"
            label="Why (shown to the shopper)"
            rows={2}
            className="text-sm"
            {...fieldFromState(state, "reason")}
          />
          <SubmitButton variant="secondary">Refund without return</SubmitButton>
        </>
      )}
    </StaffActionForm>
  );
}
