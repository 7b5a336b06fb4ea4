import "server-only";
import { getTranslations } from "next-intl/server";
import { actionKindOf, brandAction } from "@/lib/actions/brand";
import type { FormAnswer } from "@/lib/actions/define";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { requestLocale } from "./server";

/**
 * Sentences the domain code (lib/cart, lib/checkout, lib/orders…) writes in English, translated at
 * the boundary where they reach the shopper (an action's answer, a page). Each known sentence is a
 * message of `namespace` in messages/en; its {arguments} are read back from the English sentence
 * and themselves translated when they are known sentences ("{reason} — you already have {quantity}").
 * A sentence that matches none stays as it is (the Chinese e2e specs look for English left over).
 */
type Pattern = { key: string; regex: RegExp; args: { name: string; plural: boolean }[] };

const compiled = new Map<string, Pattern[]>();

function englishMessage(namespace: string, key: string): string | null {
  let node: unknown = messagesFor(DEFAULT_LOCALE);
  for (const part of [...namespace.split("."), ...key.split(".")]) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string" ? node : null;
}

const escape = (text: string) => text.replace(/''/g, "'").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PLURAL = /\{\s*(\w+)\s*,\s*plural\s*,\s*one\s*\{([^{}]*)\}\s*other\s*\{([^{}]*)\}\s*\}/y;
const ARGUMENT = /\{\s*(\w+)\s*\}/y;

/**
 * An English message as a pattern: each {argument} becomes a group, and an English plural
 * ({n, plural, one {# minute} other {# minutes}}) matches either form: "one" is 1 (no group),
 * "other" captures the number at #. Plural arguments are numbers, others are translated in turn.
 */
function compile(key: string, english: string): Pattern {
  const args: Pattern["args"] = [];
  let source = "";
  for (let i = 0; i < english.length;) {
    PLURAL.lastIndex = ARGUMENT.lastIndex = i;
    const plural = PLURAL.exec(english);
    const argument = plural ? null : ARGUMENT.exec(english);
    if (plural) {
      const other = escape(plural[3]!);
      // "other" without # ("many orders") is captured whole and read as 2.
      source += `(?:${escape(plural[2]!).replace("#", "1")}|${other.includes("#") ? other.replace("#", "(\\d+)") : `(${other})`})`;
      args.push({ name: plural[1]!, plural: true });
      i = PLURAL.lastIndex;
    } else if (argument) {
      source += "(.+?)";
      args.push({ name: argument[1]!, plural: false });
      i = ARGUMENT.lastIndex;
    } else {
      const next = english.indexOf("{", i + 1);
      const end = next === -1 ? english.length : next;
      source += escape(english.slice(i, end));
      i = end;
    }
  }
  return { key, regex: new RegExp(`^${source}$`, "s"), args };
}

function patternsOf(namespace: string, keys: readonly string[]): Pattern[] {
  const id = `${namespace}:${keys.join()}`;
  let patterns = compiled.get(id);
  if (!patterns) {
    patterns = keys.flatMap((key) => {
      const english = englishMessage(namespace, key);
      return english ? [compile(key, english)] : [];
    });
    compiled.set(id, patterns);
  }
  return patterns;
}

export type KnownMessages = { namespace: string; keys: readonly string[] };

/** A function that translates the known English sentences of `sets` into `locale` (the identity for English). */
export async function knownMessageTranslator(locale: Locale, ...sets: KnownMessages[]): Promise<(text: string) => string> {
  if (locale === DEFAULT_LOCALE) return (text) => text;
  const tables = await Promise.all(
    sets.map(async ({ namespace, keys }) => ({ t: await getTranslations({ locale, namespace }), patterns: patternsOf(namespace, keys) })),
  );
  const translate = (text: string, depth: number): string => {
    for (const { t, patterns } of tables) {
      for (const { key, regex, args } of patterns) {
        const match = regex.exec(text);
        if (!match) continue;
        const values = Object.fromEntries(
          args.map(({ name, plural }, i) => {
            const found = match[i + 1];
            if (plural) return [name, Number(found ?? 1) || 2];
            return [name, depth > 0 ? translate(found!, depth - 1) : found!];
          }),
        );
        return t(key, values);
      }
    }
    return text;
  };
  return (text) => translate(text, 2);
}

/** An action's answer with its error, message and field errors in the request's language. */
export async function localizeAnswer<A extends FormAnswer & { message?: string }>(answer: A, ...sets: KnownMessages[]): Promise<A> {
  const locale = await requestLocale();
  if (locale === DEFAULT_LOCALE) return answer;
  const translate = await knownMessageTranslator(locale, ...sets);
  return {
    ...answer,
    error: answer.error === undefined ? undefined : translate(answer.error),
    message: answer.message === undefined ? undefined : translate(answer.message),
    fieldErrors: answer.fieldErrors && Object.fromEntries(Object.entries(answer.fieldErrors).map(([k, v]) => [k, translate(v)])),
  };
}

/**
 * A form action whose every answer (including the builder's own refusals: invalid input, rate
 * limits) is translated with `sets` into the request's language. Redirects pass through.
 */
export function withKnownMessages<F extends (...args: never[]) => Promise<FormAnswer & { message?: string }>>(
  action: F,
  ...sets: KnownMessages[]
): F {
  const wrapped = (async (...args: Parameters<F>) => localizeAnswer(await action(...args), ...sets)) as F;
  const kind = actionKindOf(action);
  return kind ? brandAction(wrapped, kind) : wrapped;
}
