"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { type SignUpState, signUpAction } from "@/lib/auth/actions";
import { EmailField, NewPasswordField } from "./auth-fields";

export function SignUpForm({ next, signInHref }: { next: string; signInHref: string }) {
  const [state, action] = useActionState(signUpAction, {} as SignUpState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>
        {state.error}
        {state.emailTaken && (
          <>
            {" "}
            <Link href={signInHref} className="font-medium underline">
              Sign in to that account
            </Link>{" "}
            or{" "}
            <Link href="/forgot-password" className="font-medium underline">
              reset its password
            </Link>
            .
          </>
        )}
      </FormError>
      <input type="hidden" name="next" value={next} />
      <TextField name="name" label="Name" autoComplete="name" required maxLength={100} defaultValue={state.values?.name} error={state.fieldErrors?.name} />
      <EmailField defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <NewPasswordField name="password" label="Password" error={state.fieldErrors?.password} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
