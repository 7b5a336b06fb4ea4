"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("adminReturns.actions");
  if (actions.length === 0) return <p className="text-sm text-zinc-600">{t("nothingLeft")}</p>;
  const hidden = { returnNumber };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {actions.includes("approve") && (
        <StaffActionForm action={approveReturnAction} hidden={hidden} label={t("approveForm")} className={box}>
          {(state) => (
            <>
              <TextAreaField id="approve-note" label={t("note")} hint={t("noteHint")} rows={2} {...fieldFromState(state, "note")} />
              <SubmitButton>{t("approve")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("reject") && (
        <StaffActionForm action={rejectReturnAction} hidden={hidden} label={t("rejectForm")} className={box}>
          {(state) => (
            <>
              <TextAreaField id="reject-note" label={t("why")} hint={t("whyHint")} rows={2} {...fieldFromState(state, "note")} />
              <SubmitButton variant="secondary">{t("reject")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("receive") && (
        <StaffActionForm action={receiveReturnAction} hidden={hidden} label={t("receiveForm")} className={box}>
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">{t("receiveHint")}</p>
              {lines.map((l) => (
                <TextField
                  key={l.id}
                  id={`restock-${l.id}`}
                  name={`restock-${l.id}`}
                  label={t("restock", { title: l.title })}
                  type="number"
                  min={0}
                  max={l.quantity}
                  defaultValue={state.values?.[`restock-${l.id}`] ?? String(l.quantity)}
                  hint={t("restockHint", { count: l.quantity })}
                />
              ))}
              <SubmitButton>{t("markReceived")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("refund") && (
        <StaffActionForm action={refundReturnAction} hidden={hidden} label={t("refundForm")} className={box}>
          {() => (
            <>
              <p className="text-sm text-zinc-600">
                {t("refundHint", { shippingNote })}
                {mayRefund ? "" : t("onlyAdmin")}
              </p>
              <SubmitButton>{t("refund")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
      {actions.includes("ship_exchange") && (
        <StaffActionForm action={shipExchangeAction} hidden={hidden} label={t("shipForm")} className={box}>
          {(state) => (
            <>
              <p className="text-sm text-zinc-600">{t("shipHint")}</p>
              <TextField id="exchange-carrier" label={t("carrier")} autoComplete="off" {...fieldFromState(state, "carrier")} />
              <TextField id="exchange-tracking" label={t("tracking")} autoComplete="off" {...fieldFromState(state, "trackingNumber")} />
              <SubmitButton>{t("ship")}</SubmitButton>
            </>
          )}
        </StaffActionForm>
      )}
    </div>
  );
}
