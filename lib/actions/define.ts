import "server-only";
import type { z } from "zod";
import { formValues, parseFormValue } from "@/lib/forms/validation";
import { type ActionKind, brandAction } from "./brand";

/** A refusal: a sentence a person can act on, per-field errors, the typed values (never passwords). */
export type Refusal = { error: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** Answers a form action may return: a refusal must fit in them (ActionState and its extensions). */
export type FormAnswer = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/**
 * A rate limit for an action: after the input is valid and before the action
 * runs. It answers null to let the call through, or the sentence to show.
 */
export type RateLimitHook<D, C> = (input: D, ctx: C) => Promise<string | null>;

/** A schema, or a function making it when it depends on stored settings (e.g. the store currency). */
export type SchemaSource<S extends z.ZodType> = S | (() => S | Promise<S>);

/** The caller check of a kind of action: the context to act with, or what to answer instead. */
export type Guard<C, R> = (form: FormData | null) => Promise<{ ok: true; ctx: C } | { ok: false; answer: R }>;

export type FormOptions<S extends z.ZodType, C, R, K extends string = never> = {
  schema: SchemaSource<S>;
  /** How the form becomes the value the schema reads (default: its entries, one value per name). */
  input?: (form: FormData) => unknown;
  /** The name under which an argument bound before the form (`action.bind(null, id)`) joins the input. */
  bind?: K;
  /** The answer to input the schema refuses (default: "Please correct the highlighted fields." with field errors). */
  invalid?: (failure: Refusal, form: FormData) => NoInfer<R> | Promise<NoInfer<R>>;
  rateLimit?: RateLimitHook<z.output<S>, C & { form: FormData }>;
};

/** `useActionState` form actions: `(prev, form)`, or `(bound, prev, form)` with `bind`. */
export type FormStateAction<S extends z.ZodType, R, K extends string> = [K] extends [never]
  ? (prev: R, form: FormData) => Promise<R>
  : (bound: z.input<S> extends Record<K, infer B> ? B : unknown, prev: R, form: FormData) => Promise<R>;

export type PlainFormOptions<S extends z.ZodType> = {
  schema: SchemaSource<S>;
  input?: (form: FormData) => unknown;
  /** A plain `<form action>` has no state to answer with: refused input must redirect (or do nothing). */
  invalid: (failure: Refusal, form: FormData) => void | Promise<void>;
};

export type CallOptions<T extends z.ZodType<readonly unknown[]>, C, R> = {
  /** The arguments the client passes, as a tuple schema. */
  args: T;
  /** The answer to arguments the schema refuses, or to a rate-limit refusal. */
  refused: (refusal: Refusal) => NoInfer<R> | Promise<NoInfer<R>>;
  rateLimit?: RateLimitHook<z.output<T>, C>;
};

async function schemaOf<S extends z.ZodType>(source: SchemaSource<S>): Promise<S> {
  return typeof source === "function" ? await source() : source;
}

/** Anyone can post any arguments to an action: what is not a form is read as an empty one (and so refused by the schema). */
const asForm = (value: unknown): FormData => (value instanceof FormData ? value : new FormData());

function withBound(value: unknown, key: string | undefined, bound: unknown): unknown {
  if (key === undefined) return value;
  return { ...(value as Record<string, unknown>), [key]: bound };
}

/** Caller check, then parse, then rate limit, then the action: the one order every form action follows. */
export function defineFormAction<S extends z.ZodType, C, R extends FormAnswer, K extends string = never>(
  kind: ActionKind,
  guard: Guard<C, R>,
  options: FormOptions<S, C, R, K>,
  fn: (input: z.output<S>, ctx: C & { form: FormData }) => Promise<R>,
): FormStateAction<S, R, K> {
  const run = async (bound: unknown, posted: unknown): Promise<R> => {
    const form = asForm(posted);
    const caller = await guard(form);
    if (!caller.ok) return caller.answer;
    const value = withBound(options.input ? options.input(form) : Object.fromEntries(form.entries()), options.bind, bound);
    const parsed = parseFormValue(await schemaOf(options.schema), value, form);
    // A refusal fits every FormAnswer (all its fields are optional there).
    if (parsed.failure) return options.invalid ? options.invalid(parsed.failure, form) : (parsed.failure as R);
    const ctx = { ...caller.ctx, form };
    const limited = await options.rateLimit?.(parsed.data, ctx);
    if (limited) return { error: limited, values: formValues(form) } as R;
    return fn(parsed.data, ctx);
  };
  const action =
    options.bind === undefined
      ? (_prev: R, form: FormData) => run(undefined, form)
      : (bound: unknown, _prev: R, form: FormData) => run(bound, form);
  return brandAction(action, kind) as FormStateAction<S, R, K>;
}

/** A plain `<form action>` (no state): refusals by the guard redirect; refused input goes to `invalid`. */
export function definePlainFormAction<S extends z.ZodType, C>(
  kind: ActionKind,
  guard: Guard<C, void>,
  options: PlainFormOptions<S>,
  fn: (input: z.output<S>, ctx: C & { form: FormData }) => Promise<void>,
): (form: FormData) => Promise<void> {
  return brandAction(async (posted: FormData) => {
    const form = asForm(posted);
    const caller = await guard(form);
    if (!caller.ok) return;
    const value = options.input ? options.input(form) : Object.fromEntries(form.entries());
    const parsed = parseFormValue(await schemaOf(options.schema), value, form);
    if (parsed.failure) return options.invalid(parsed.failure, form);
    return fn(parsed.data, { ...caller.ctx, form });
  }, kind);
}

/** An action the client calls with arguments (not a form): the arguments are parsed as a tuple. */
export function defineCallAction<T extends z.ZodType<readonly unknown[]>, C, R>(
  kind: ActionKind,
  guard: Guard<C, R>,
  options: CallOptions<T, C, R>,
  fn: (args: z.output<T>, ctx: C) => Promise<R>,
): (...args: z.input<T> & unknown[]) => Promise<R> {
  return brandAction(async (...args: unknown[]) => {
    const caller = await guard(null);
    if (!caller.ok) return caller.answer;
    const parsed = options.args.safeParse(args);
    if (!parsed.success) return options.refused({ error: "These details could not be read. Reload the page and try again." });
    const limited = await options.rateLimit?.(parsed.data, caller.ctx);
    if (limited) return options.refused({ error: limited });
    return fn(parsed.data, caller.ctx);
  }, kind);
}
