"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { sendReturnAction } from "@/lib/returns/actions";

/** The return shipment (回寄): the carrier and tracking number of the parcel the shopper sends back. */
export function SendReturnForm({
  returnNumber,
  carrier,
  trackingNumber,
}: {
  returnNumber: string;
  carrier: string | null;
  trackingNumber: string | null;
}) {
  const t = useTranslations("ordersActions");
  const [state, action] = useActionState(sendReturnAction, initialActionState);
  return (
    <form action={action} aria-label={t("returnShipment", { number: returnNumber })} className="flex flex-col gap-2 sm:max-w-sm" noValidate>
      <input type="hidden" name="returnNumber" value={returnNumber} />
      <FormError>{state.error}</FormError>
      <TextField
        id={`return-carrier-${returnNumber}`}
        name="carrier"
        label={t("returnCarrier")}
        autoComplete="off"
        defaultValue={state.values?.carrier ?? carrier ?? ""}
        error={state.fieldErrors?.carrier}
      />
      <TextField
        id={`return-tracking-${returnNumber}`}
        name="trackingNumber"
        label={t("returnTrackingNumber")}
        autoComplete="off"
        defaultValue={state.values?.trackingNumber ?? trackingNumber ?? ""}
        error={state.fieldErrors?.trackingNumber}
      />
      <SubmitButton>{t("sendReturnDetails")}</SubmitButton>
    </form>
  );
}
