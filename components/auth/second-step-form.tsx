"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { verifySecondStepAction } from "@/lib/auth/two-factor/actions";
import { initialActionState } from "@/lib/forms/action-state";

/** The second step of sign-in: the code from the authenticator app, or a recovery code. */
export function SecondStepForm({ next }: { next: string }) {
  const [state, action] = useActionState(verifySecondStepAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="code"
        label="Authentication code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="The 6-digit code your authenticator app shows, or one of your recovery codes."
        error={state.fieldErrors?.code || undefined}
      />
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}
