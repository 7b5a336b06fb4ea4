import type { ActionState } from "@/lib/forms/action-state";
import type { FieldValues } from "./form-fields";

/** Values from the action's last answer (what was typed), else the initial ones; errors from the answer. */
export function fieldValues(state: ActionState, initial: Record<string, string>): FieldValues {
  return {
    value: (name) => (state.values ? (state.values[name] ?? "") : (initial[name] ?? "")),
    error: (name) => state.fieldErrors?.[name],
  };
}
