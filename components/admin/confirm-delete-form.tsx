"use client";

import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { type ActionState, initialActionState } from "@/lib/forms/action-state";

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  id: number;
  /** The button's text, e.g. "Delete brand". */
  label: string;
  /** What deleting does, read before the button. */
  children: React.ReactNode;
};

/** A delete button with the text that says what it does; a refusal is announced above it. */
export function ConfirmDeleteForm({ action: submit, id, label, children }: Props) {
  const [state, action] = useActionState(submit, initialActionState);
  return (
    <form action={action} aria-label={label} className="flex flex-col gap-3 rounded-xl border border-rose-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{label}</h2>
      <div className="text-sm text-zinc-700">{children}</div>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="id" value={id} />
      <div>
        <SubmitButton variant="secondary">{label}</SubmitButton>
      </div>
    </form>
  );
}
