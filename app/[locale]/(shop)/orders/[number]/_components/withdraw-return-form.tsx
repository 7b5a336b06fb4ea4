"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { withdrawReturnAction } from "@/lib/returns/actions";

/** Closes a return the shop has not received yet (the items may be returned again later). */
export function WithdrawReturnForm({ returnNumber }: { returnNumber: string }) {
  const [state, action] = useActionState(withdrawReturnAction, initialActionState);
  return (
    <form action={action} aria-label={`Withdraw ${returnNumber}`} className="flex w-fit flex-col gap-2" noValidate>
      <input type="hidden" name="returnNumber" value={returnNumber} />
      <FormError>{state.error}</FormError>
      <SubmitButton variant="secondary">Withdraw return</SubmitButton>
    </form>
  );
}
