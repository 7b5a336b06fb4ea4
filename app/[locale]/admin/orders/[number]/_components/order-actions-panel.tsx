"use client";

import { useTranslations } from "next-intl";
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
import type { OrderAction } from "@/lib/orders/transitions";

type Props = { number: string; status: OrderStatus; actions: OrderAction[]; paid: boolean; refundLabel: string };

const box = "flex flex-col gap-3 rounded-xl border border-zinc-200 bg-white p-4";

/** The staff actions the order's current status allows (availableActions), each its own form. */
export function OrderActionsPanel({ number, status, actions, paid, refundLabel }: Props) {
  const t = useTranslations("adminOrders.panel");
  const statusWord = useTranslations("orderStatus");
  if (actions.length === 0)
    return <p className="text-sm text-zinc-600">{t("nothingToDo", { status: statusWord(status).toLowerCase() })}</p>;
  const hidden = { number };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {actions.includes("approve") && (
        <StaffActionForm action={approveOrderAction} hidden={hidden} label={t("approveLabel")} className={box}>
          {() => (
            <>
              <h3 className="font-semibold">{t("review")}</h3>
              <p className="text-sm text-zinc-600">{t("reviewHint")}</p>
              <SubmitButton>{t("approveOrder")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("ship") && (
        <StaffActionForm action={shipOrderAction} hidden={hidden} label={t("shipLabel")} className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">{t("ship")}</h3>
              <TextField
                name="carrier"
                label={t("carrier")}
                defaultValue={state.values?.carrier}
                error={state.fieldErrors?.carrier}
                autoComplete="off"
              />
              <TextField
                name="trackingNumber"
                label={t("trackingNumber")}
                defaultValue={state.values?.trackingNumber}
                error={state.fieldErrors?.trackingNumber}
                autoComplete="off"
              />
              <SubmitButton>{t("markShipped")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("deliver") && (
        <StaffActionForm action={markDeliveredAction} hidden={hidden} label={t("deliverLabel")} className={box}>
          {() => (
            <>
              <h3 className="font-semibold">{t("delivery")}</h3>
              <p className="text-sm text-zinc-600">{t("deliveryHint")}</p>
              <SubmitButton>{t("markDelivered")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("approve_refund") && (
        <StaffActionForm action={approveRefundAction} hidden={hidden} label={t("approveRefundLabel")} className={box}>
          {() => (
            <>
              <h3 className="font-semibold">{t("approveRefund")}</h3>
              <p className="text-sm text-zinc-600">{refundLabel}</p>
              <div className="flex items-center gap-2">
                <input id="restock" name="restock" type="checkbox" className="h-4 w-4" />
                <label htmlFor="restock" className="text-sm font-medium">
                  {t("restock")}
                </label>
              </div>
              <SubmitButton>{t("approveRefund")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("reject_refund") && (
        <StaffActionForm action={rejectRefundAction} hidden={hidden} label={t("rejectRefundLabel")} className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">{t("rejectRefund")}</h3>
              <TextAreaField
                id="reject-note"
                label={t("messageToShopper")}
                hint={t("messageHint")}
                rows={2}
                className="text-sm"
                {...fieldFromState(state, "note")}
              />
              <SubmitButton variant="secondary">{t("rejectRefund")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("cancel") && (
        <StaffActionForm action={staffCancelOrderAction} hidden={hidden} label={t("cancelLabel")} className={box}>
          {(state) => (
            <>
              <h3 className="font-semibold">{t("cancel")}</h3>
              <p className="text-sm text-zinc-600">
                {t("backInStock")} {paid ? t("refundFirst") : t("nothingPaid")}
              </p>
              <TextAreaField
                id="cancel-note"
                label={t("cancelReason")}
                hint={t("cancelReasonHint")}
                rows={2}
                className="text-sm"
                {...fieldFromState(state, "note")}
              />
              <SubmitButton variant="secondary">{t("cancelOrder")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
    </div>
  );
}
