/**
 * What a form action returns: a message a person can act on, per-field errors,
 * and the submitted values to put back in the form (never passwords).
 */
export type ActionState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

export const initialActionState: ActionState = {};

/** A field's name with the value to put back and its error, from the state an action returned. */
export function fieldFromState(state: ActionState, name: string) {
  return { name, defaultValue: state.values?.[name], error: state.fieldErrors?.[name] };
}
