import "server-only";
import type { z } from "zod";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { getSessionUser, type SessionUser, signInPath } from "@/lib/auth/session";
import {
  type CallOptions,
  defineCallAction,
  defineFormAction,
  definePlainFormAction,
  type FormAnswer,
  type FormOptions,
  type Guard,
  type PlainFormOptions,
} from "./define";

export type ShopperContext = { user: SessionUser };

/** Where a signed-out caller signs in and comes back to (a path, or one read from the form). */
type ReturnTo = string | ((form: FormData) => string);
/** A signed-out caller is sent to sign in (`returnTo`) or gets the `signedOut` answer. */
type SignedOut<R> = { returnTo: ReturnTo; signedOut?: never } | { signedOut: NoInfer<R>; returnTo?: never };

function shopperGuard<R>(signedOut: SignedOut<R>): Guard<ShopperContext, R> {
  return async (form) => {
    const user = await getSessionUser();
    if (user) return { ok: true, ctx: { user } };
    if (signedOut.signedOut !== undefined) return { ok: false, answer: signedOut.signedOut };
    const back = signedOut.returnTo ?? "/account";
    redirect(await localized(signInPath(typeof back === "function" ? back(form ?? new FormData()) : back)));
  };
}

/**
 * A form action of a signed-in shopper (checked against the database on every
 * call), then the form parsed with `schema`; `fn` acts on the shopper's own rows.
 */
export function shopperAction<S extends z.ZodType, R extends FormAnswer = FormAnswer, K extends string = never>(
  options: FormOptions<S, ShopperContext, R, K> & SignedOut<R>,
  fn: (input: z.output<S>, ctx: ShopperContext & { form: FormData }) => Promise<R>,
) {
  return defineFormAction("shopper", shopperGuard<R>(options), options, fn);
}

/** A plain `<form action>` of a signed-in shopper (no state: a signed-out caller goes to sign in). */
shopperAction.form = function shopperForm<S extends z.ZodType>(
  options: PlainFormOptions<S> & { returnTo: ReturnTo },
  fn: (input: z.output<S>, ctx: ShopperContext & { form: FormData }) => Promise<void>,
) {
  return definePlainFormAction("shopper", shopperGuard<void>(options), options, fn);
};

/** A shopper's action called with arguments (not a form), parsed by `args`. */
shopperAction.call = function shopperCall<T extends z.ZodType<readonly unknown[]>, R>(
  options: CallOptions<T, ShopperContext, R> & { signedOut: NoInfer<R> },
  fn: (args: z.output<T>, ctx: ShopperContext) => Promise<R>,
) {
  return defineCallAction("shopper", shopperGuard<R>(options), options, fn);
};
