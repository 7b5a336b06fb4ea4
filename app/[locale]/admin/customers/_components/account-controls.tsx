"use client";

import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { endSessionsAction, setAccountDisabledAction } from "@/lib/customers/actions";
import { initialActionState } from "@/lib/forms/action-state";

type Action = typeof endSessionsAction;

function ControlForm({
  action,
  userId,
  label,
  fields = {},
}: {
  action: Action;
  userId: string;
  label: string;
  fields?: Record<string, string>;
}) {
  const [state, run] = useActionState(action, initialActionState);
  return (
    <form action={run} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton variant="secondary">{label}</SubmitButton>
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
    </form>
  );
}

/** An admin's controls over another account: disable (or enable) it, and sign it out everywhere. */
export function AccountControls({ userId, disabled }: { userId: string; disabled: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-zinc-700">
        {disabled ? "This account is disabled: it cannot sign in by any method." : "This account can sign in."}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <ControlForm
          action={setAccountDisabledAction}
          userId={userId}
          label={disabled ? "Enable account" : "Disable account"}
          fields={{ disable: disabled ? "0" : "1" }}
        />
        <ControlForm action={endSessionsAction} userId={userId} label="End sessions" />
      </div>
    </div>
  );
}
