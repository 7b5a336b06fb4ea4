"use client";

import { useActionState } from "react";
import { NumberField, TextAreaField, TextField } from "@/components/ui/field";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { saveStorePoliciesAction } from "@/lib/settings/policies/actions";
import type { StorePolicies } from "@/lib/settings/policies/texts";

type Props = { policies: StorePolicies; worded: { shipping: string; returns: string } };

/** Return window, refund of shipping on returns, the product page's summaries and the contact details. */
export function PoliciesForm({ policies, worded }: Props) {
  const [state, action] = useActionState(saveStorePoliciesAction, initialActionState);
  const e = state.fieldErrors ?? {};
  const value = (name: keyof StorePolicies) => state.values?.[name] ?? String(policies[name] ?? "");
  const refundShipping = state.values ? state.values.refundShippingOnReturn === "on" : policies.refundShippingOnReturn;
  return (
    <form action={action} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      <NumberField
        name="returnWindowDays"
        label="Return window (days)"
        min={1}
        max={365}
        required
        defaultValue={value("returnWindowDays")}
        error={e.returnWindowDays}
        hint="Shoppers may ask to return items up to this many days after delivery. The footer, product pages and the Returns page say so."
      />
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name="refundShippingOnReturn"
            defaultChecked={refundShipping}
            aria-describedby="refundShippingOnReturn-hint"
            className="h-4 w-4"
          />
          Refund shipping on returns
        </label>
        <p id="refundShippingOnReturn-hint" className="text-sm text-zinc-600">
          When on, the refund for a return includes what the shopper paid for shipping.
        </p>
      </div>
      <TextAreaField
        name="shippingSummary"
        label="Shipping summary"
        rows={2}
        maxLength={300}
        defaultValue={value("shippingSummary")}
        error={e.shippingSummary}
        hint={`A sentence or two on product pages. Empty: worded from the shipping rates, now “${worded.shipping}”`}
      />
      <TextAreaField
        name="returnsSummary"
        label="Returns summary"
        rows={2}
        maxLength={300}
        defaultValue={value("returnsSummary")}
        error={e.returnsSummary}
        hint={`A sentence or two on product pages. Empty: worded from the return window, now “${worded.returns}”`}
      />
      <TextField
        name="contactEmail"
        type="email"
        label="Contact e-mail"
        autoComplete="off"
        defaultValue={value("contactEmail")}
        error={e.contactEmail}
        hint="Shown in the footer and on the Contact page. Empty: not shown."
      />
      <TextField
        name="contactPhone"
        type="tel"
        label="Contact phone"
        autoComplete="off"
        defaultValue={value("contactPhone")}
        error={e.contactPhone}
        hint="Shown in the footer and on the Contact page. Empty: not shown."
      />
      <div>
        <SubmitButton>Save policies</SubmitButton>
      </div>
    </form>
  );
}
