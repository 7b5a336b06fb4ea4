"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldFromState } from "@/lib/forms/action-state";
import {
  approveReturnAction,
  receiveReturnAction,
  refundReturnAction,
  rejectReturnAction,
  shipExchangeAction,
} from "@/lib/returns/actions";
import type { ReturnAction } from "@/lib/returns/rules";

type Props = {
  returnNumber: string;
  actions: ReturnAction[];
  lines: { id: number; title: string; quantity: number }[];
  mayRefund: boolean;
  shippingNote: string;
};

const box = "flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4";

/** The staff steps the return's status allows, each its own form. */
export function ReturnActions({ returnNumber, actions, lines, mayRefund, shippingNote }: Props) {
  if (actions.length === 0) return <p className="text-sm text-zinc-600">Nothing left for the shop to do on this return.</p>;
  const hidden = { returnNumber };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {actions.includes("approve") && (
        <StaffActionForm action={approveReturnAction} hidden={hidden} label="Approve the return" className={box}>
          {(state) => (
            <>
              <TextAreaField
                id="approve-note"
                label="Note to the shopper"
                hint="Optional, e.g. where to send the parcel."
                rows={2}
                {...fieldFromState(state, "note")}
              />
              <SubmitButton>Approve return</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("reject") && (
        <StaffActionForm action={rejectReturnAction} hidden={hidden} label="Reject the return" className={box}>
          {(state) => (
            <>
              <TextAreaField id="reject-note" label="Why not" hint="Shown to the shopper." rows={2} {...fieldFromState(state, "note")} />
              <SubmitButton variant="secondary">Reject return</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("receive") && (
        <StaffActionForm action={receiveReturnAction} hidden={hidden} label="Receive the return" className={box}>
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">
                How many of each item can be sold again: they go back into stock (the ledger says “return”).
              </p>
              {lines.map((l) => (
                <TextField
                  key={l.id}
                  id={`restock-${l.id}`}
                  name={`restock-${l.id}`}
                  label={`Restock ${l.title}`}
                  type="number"
                  min={0}
                  max={l.quantity}
                  defaultValue={state.values?.[`restock-${l.id}`] ?? String(l.quantity)}
                  hint={`of ${l.quantity} returned`}
                />
              ))}
              <SubmitButton>Mark return received</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("refund") && (
        <StaffActionForm action={refundReturnAction} hidden={hidden} label="Refund the return" className={box}>
          {() => (
            <>
              <p className="text-sm text-zinc-600">
                Refunds what was paid for the returned items (after their discounts) through the payment provider. {shippingNote}
                {mayRefund ? "" : " Only an admin can refund."}
              </p>
              <SubmitButton>Refund</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("ship_exchange") && (
        <StaffActionForm action={shipExchangeAction} hidden={hidden} label="Ship the exchange" className={box}>
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">Sends the chosen versions; their stock goes down (the ledger says “exchange”).</p>
              <TextField id="exchange-carrier" label="Carrier" autoComplete="off" {...fieldFromState(state, "carrier")} />
              <TextField id="exchange-tracking" label="Tracking number" autoComplete="off" {...fieldFromState(state, "trackingNumber")} />
              <SubmitButton>Ship exchange</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
    </div>
  );
}
