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
type Pattern = { key: string; regex: RegExp; args: string[] };

const compiled = new Map<string, Pattern[]>();

function englishMessage(namespace: string, key: string): string | null {
  let node: unknown = messagesFor(DEFAULT_LOCALE);
  for (const part of [...namespace.split("."), ...key.split(".")]) {
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === "string" ? node : null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternsOf(namespace: string, keys: readonly string[]): Pattern[] {
  const id = `${namespace}:${keys.join()}`;
  let patterns = compiled.get(id);
  if (!patterns) {
    patterns = keys.flatMap((key) => {
      const english = englishMessage(namespace, key);
      if (!english) return [];
      const args: string[] = [];
      const source = english
        .split(/(\{\w+\})/)
        .map((part) => {
          const arg = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!arg) return escape(part.replace(/''/g, "'"));
          args.push(arg);
          return "(.+?)";
        })
        .join("");
      return [{ key, regex: new RegExp(`^${source}$`, "s"), args }];
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
        const values = Object.fromEntries(args.map((arg, i) => [arg, depth > 0 ? translate(match[i + 1]!, depth - 1) : match[i + 1]!]));
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
