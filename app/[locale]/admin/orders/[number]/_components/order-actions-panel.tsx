"use client";

import { StaffActionForm } from "@/components/admin/staff-action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldFromState } from "@/lib/forms/action-state";
import { TextAreaField, TextField } from "@/components/ui/field";
import {
  approveOrderAction,
  approveRefundAction,
  markDeliveredAction,
  rejectRefundAction,
  shipOrderAction,
  staffCancelOrderAction,
} from "@/lib/orders/actions";
import type { OrderStatus } from "@/db/schema";
import { STATUS_LABELS, type OrderAction } from "@/lib/orders/transitions";

type Props = { number: string; status: OrderStatus; actions: OrderAction[]; paid: boolean; refundLabel: string };

const box = "flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4";

/** The staff actions the order's current status allows (availableActions), each its own form. */
export function OrderActionsPanel({ number, status, actions, paid, refundLabel }: Props) {
  if (actions.length === 0)
    return <p className="text-sm text-zinc-600">Nothing for the shop to do while the order is {STATUS_LABELS[status].toLowerCase()}.</p>;
  const hidden = { number };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {actions.includes("approve") && (
        <StaffActionForm action={approveOrderAction} hidden={hidden} label="Approve the order" className={box}>
          {() => (
            <>
              <h3 className="font-semibold">Review</h3>
              <p className="text-sm text-zinc-600">The order is paid. Approving it lets it be shipped.</p>
              <SubmitButton>Approve order</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("ship") && (
        <StaffActionForm action={shipOrderAction} hidden={hidden} label="Ship the order" className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">Ship</h3>
              <TextField
                name="carrier"
                label="Carrier"
                defaultValue={state.values?.carrier}
                error={state.fieldErrors?.carrier}
                autoComplete="off"
              />
              <TextField
                name="trackingNumber"
                label="Tracking number"
                defaultValue={state.values?.trackingNumber}
                error={state.fieldErrors?.trackingNumber}
                autoComplete="off"
              />
              <SubmitButton>Mark as shipped</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("deliver") && (
        <StaffActionForm action={markDeliveredAction} hidden={hidden} label="Deliver the order" className={box}>
          {() => (
            <>
              <h3 className="font-semibold">Delivery</h3>
              <p className="text-sm text-zinc-600">When the carrier confirms the parcel arrived.</p>
              <SubmitButton>Mark as delivered</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("approve_refund") && (
        <StaffActionForm action={approveRefundAction} hidden={hidden} label="Approve the refund" className={box}>
          {() => (
            <>
              <h3 className="font-semibold">Approve refund</h3>
              <p className="text-sm text-zinc-600">{refundLabel}</p>
              <div className="flex items-center gap-2">
                <input id="restock" name="restock" type="checkbox" className="h-4 w-4" />
                <label htmlFor="restock" className="text-sm font-medium">
                  Restock returned items
                </label>
              </div>
              <SubmitButton>Approve refund</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("reject_refund") && (
        <StaffActionForm action={rejectRefundAction} hidden={hidden} label="Reject the refund" className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">Reject refund</h3>
              <TextAreaField
                id="reject-note"
                label="Message to the shopper"
                hint="Shown on the shopper's order page."
                rows={2}
                className="text-sm"
                {...fieldFromState(state, "note")}
              />
              <SubmitButton variant="secondary">Reject refund</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("cancel") && (
        <StaffActionForm action={staffCancelOrderAction} hidden={hidden} label="Cancel the order" className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">Cancel</h3>
              <p className="text-sm text-zinc-600">
                The items go back into stock.{" "}
                {paid
                  ? "The payment is refunded in full through the payment provider first; if the provider refuses, nothing changes."
                  : "Nothing has been paid, so nothing is refunded."}
              </p>
              <TextAreaField
                id="cancel-note"
                label="Reason for cancelling"
                hint="Optional; shown on the shopper's order page."
                rows={2}
                className="text-sm"
                {...fieldFromState(state, "note")}
              />
              <SubmitButton variant="secondary">Cancel order</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
    </div>
  );
}
