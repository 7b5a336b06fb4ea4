"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { withdrawReturnAction } from "@/lib/returns/actions";

/** Closes a return the shop has not received yet (the items may be returned again later). */
export function WithdrawReturnForm({ returnNumber }: { returnNumber: string }) {
  const t = useTranslations("ordersActions");
  const [state, action] = useActionState(withdrawReturnAction, initialActionState);
  return (
    <form action={action} aria-label={t("withdraw", { number: returnNumber })} className="flex w-fit flex-col gap-2" noValidate>
      <input type="hidden" name="returnNumber" value={returnNumber} />
      <FormError>{state.error}</FormError>
      <SubmitButton variant="secondary">{t("withdrawReturn")}</SubmitButton>
    </form>
  );
}
