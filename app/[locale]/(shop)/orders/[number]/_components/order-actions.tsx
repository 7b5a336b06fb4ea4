"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { TextAreaField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { cancelOrderAction, confirmReceiptAction, payNowAction, requestRefundAction } from "@/lib/orders/actions";
import type { OrderAction } from "@/lib/orders/transitions";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function ActionForm({ action, number, children }: { action: Action; number: string; children: (state: ActionState) => ReactNode }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="number" value={number} />
      <FormError>{state.error}</FormError>
      {children(state)}
    </form>
  );
}

/** The shopper's buttons for the order's current status. */
export function OrderActions({ number, actions }: { number: string; actions: OrderAction[] }) {
  const t = useTranslations("ordersActions");
  if (actions.length === 0) return null;
  return (
    <section
      aria-label={t("label")}
      className="flex flex-col gap-4 rounded-xl border border-zinc-200 p-4 sm:flex-row sm:flex-wrap sm:items-start"
    >
      {actions.includes("cancel") && (
        <>
          <ActionForm action={payNowAction} number={number}>
            {() => <SubmitButton>{t("payNow")}</SubmitButton>}
          </ActionForm>
          <ActionForm action={cancelOrderAction} number={number}>
            {() => <SubmitButton variant="secondary">{t("cancelOrder")}</SubmitButton>}
          </ActionForm>
        </>
      )}
      {actions.includes("confirm_receipt") && (
        <ActionForm action={confirmReceiptAction} number={number}>
          {() => <SubmitButton>{t("confirmReceipt")}</SubmitButton>}
        </ActionForm>
      )}
      {actions.includes("request_refund") && (
        <ActionForm action={requestRefundAction} number={number}>
          {(state) => (
            <>
              <TextAreaField
                id="refund-reason"
                name="reason"
                label={t("reason")}
                rows={3}
                required
                className="min-w-64"
                defaultValue={state.values?.reason}
                error={state.fieldErrors?.reason}
              />
              <SubmitButton variant="secondary">{t("requestRefund")}</SubmitButton>
            </>
          )}
        </ActionForm>
      )}
    </section>
  );
}
