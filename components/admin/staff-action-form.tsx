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

/** A labelled textarea with its error tied to it. */
export function NoteField({
  id,
  name,
  label,
  state,
  rows = 2,
  hint,
}: {
  id: string;
  name: string;
  label: string;
  state: ActionState;
  rows?: number;
  hint?: string;
}) {
  const error = state.fieldErrors?.[name];
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={state.values?.[name]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`w-full rounded-lg border px-3 py-2 text-sm ${error ? "border-rose-600" : "border-zinc-400"}`}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-zinc-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
