import type { z } from "zod";
import type { ActionState } from "./action-state";

/** Flattens zod issues to the first message per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** The form's text fields, to hand back after a failure; fields named in `omit` (passwords) are dropped. */
export function formValues(form: FormData, omit: string[] = ["password", "currentPassword", "newPassword"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !omit.includes(k) && !k.startsWith("$")) out[k] = v;
  return out;
}

export type ParsedForm<T> = { data: T; failure?: undefined } | { data?: undefined; failure: ActionState & { error: string } };

/** Parses `value` (read from `form`) with a schema; on failure the field errors and the form's typed values (never passwords). */
export function parseFormValue<S extends z.ZodType>(schema: S, value: unknown, form: FormData): ParsedForm<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { data: parsed.data };
  return {
    failure: { error: "Please correct the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values: formValues(form) },
  };
}
