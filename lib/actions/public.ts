import "server-only";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { defineFormAction, definePlainFormAction, type FormAnswer, type FormOptions, type Guard, type PlainFormOptions } from "./define";

/** Anyone may call: the signed-in user, when the action needs one, is read on demand (once per request). */
export type PublicContext = { sessionUser: () => Promise<SessionUser | null> };

const anyone: Guard<PublicContext, never> = async () => ({ ok: true, ctx: { sessionUser: getSessionUser } });

/**
 * An action open to anyone, on purpose (sign-in, sign-up, cart, checkout, track…):
 * the form is parsed with `schema` and `rateLimit`, when given, may refuse the
 * call before `fn` runs. Ownership checks (an order, a cart) stay inside `fn`.
 */
export function publicAction<S extends z.ZodType, R extends FormAnswer = FormAnswer, K extends string = never>(
  options: FormOptions<S, PublicContext, R, K>,
  fn: (input: z.output<S>, ctx: PublicContext & { form: FormData }) => Promise<R>,
) {
  return defineFormAction("public", anyone, options, fn);
}

/** A plain `<form action>` open to anyone (no state to answer with). */
publicAction.form = function publicForm<S extends z.ZodType>(
  options: PlainFormOptions<S>,
  fn: (input: z.output<S>, ctx: PublicContext & { form: FormData }) => Promise<void>,
) {
  return definePlainFormAction("public", anyone, options, fn);
};
