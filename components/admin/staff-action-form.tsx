"use client";

import { useActionState, type ReactNode } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A back-office form bound to a server action: hidden fields, the refusal in
 * role="alert", a confirmation in role="status" (when the action stays on the
 * page), and the fields, which get the returned state to show errors and keep values.
 */
export function StaffActionForm({
  action,
  hidden,
  label,
  className,
  children,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  /** The form's accessible name (a form with a name is a landmark tests and screen readers can find). */
  label: string;
  className?: string;
  children: (state: ActionState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} aria-label={label} className={className ?? "flex flex-col gap-3"} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormError>{state.error}</FormError>
      <FormStatus>{state.message}</FormStatus>
      {children(state)}
    </form>
  );
}
