import type { ActionState } from "@/lib/forms/action-state";

/** An action's result: the error announced at once (alert), the confirmation politely (status). */
export function ActionMessages({ state }: { state: ActionState | null }) {
  return (
    <>
      {state?.error && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {state.error}
        </p>
      )}
      <div role="status" className="text-sm text-emerald-800 empty:hidden">
        {state?.ok && state.message}
      </div>
    </>
  );
}
