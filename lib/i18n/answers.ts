import "server-only";
import { actionKindOf, brandAction } from "@/lib/actions/brand";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { requestLocale } from "./server";
import { translator } from "./translator";

/**
 * Namespaces whose `refusals` messages translate what server actions answer. Domain code (zod
 * schemas, mutations, the action builders) keeps answering in English, which its tests read;
 * at the action boundary an English sentence found among these messages is replaced by the
 * same message in the request's language, its arguments carried over. Add a namespace here
 * when its area wraps actions with inRequestLanguage().
 */
const NAMESPACES_WITH_REFUSALS = ["auth", "account"] as const;
type Namespace = (typeof NAMESPACES_WITH_REFUSALS)[number];

/** An English message as a pattern: its {arguments} (and {n, plural, one {…} other {…}}) become groups. */
type Pattern = { namespace: Namespace; key: string; regex: RegExp; args: { name: string; plural: boolean }[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PLURAL = /\{\s*(\w+)\s*,\s*plural\s*,\s*one\s*\{([^{}]*)\}\s*other\s*\{([^{}]*)\}\s*\}/y;
const ARGUMENT = /\{\s*(\w+)\s*\}/y;

function compile(namespace: Namespace, key: string, message: string): Pattern {
  const args: Pattern["args"] = [];
  let source = "";
  for (let i = 0; i < message.length;) {
    PLURAL.lastIndex = ARGUMENT.lastIndex = i;
    const plural = PLURAL.exec(message);
    const argument = plural ? null : ARGUMENT.exec(message);
    if (plural) {
      // English "one" is 1 (no group); "other" captures the number.
      source += `(?:${escape(plural[2]!).replace("#", "1")}|${escape(plural[3]!).replace("#", "(\\d+)")})`;
      args.push({ name: plural[1]!, plural: true });
      i = PLURAL.lastIndex;
    } else if (argument) {
      source += "(.+?)";
      args.push({ name: argument[1]!, plural: false });
      i = ARGUMENT.lastIndex;
    } else {
      source += escape(message[i]!);
      i++;
    }
  }
  return { namespace, key, regex: new RegExp(`^${source}$`, "s"), args };
}

let patterns: Pattern[] | null = null;

function refusalPatterns(): Pattern[] {
  if (patterns && process.env.NODE_ENV !== "development") return patterns;
  const english = messagesFor(DEFAULT_LOCALE);
  patterns = NAMESPACES_WITH_REFUSALS.flatMap((namespace) =>
    Object.entries((english[namespace]?.refusals ?? {}) as Record<string, string>).map(([key, message]) =>
      compile(namespace, key, message),
    ),
  );
  return patterns;
}

/** `text` (an English answer) in `locale`, when it is one of the known refusals; otherwise as it is. */
export function translateAnswerText(text: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || !text) return text;
  for (const p of refusalPatterns()) {
    const match = p.regex.exec(text);
    if (!match) continue;
    const values: Record<string, string | number> = {};
    p.args.forEach((arg, i) => {
      const found = match[i + 1];
      values[arg.name] = arg.plural ? Number(found ?? 1) : (found ?? "");
    });
    return translator(locale, p.namespace)(`refusals.${p.key}`, values);
  }
  return text;
}

type Answer = { error?: string; message?: string; fieldErrors?: Record<string, string> };

/** An action's answer with its sentences (error, message, field errors) in `locale`. */
export function translateAnswer<T>(answer: T, locale: Locale): T {
  if (locale === DEFAULT_LOCALE || !answer || typeof answer !== "object") return answer;
  const a = answer as Answer;
  const out: Answer = { ...a };
  if (typeof a.error === "string") out.error = translateAnswerText(a.error, locale);
  if (typeof a.message === "string") out.message = translateAnswerText(a.message, locale);
  if (a.fieldErrors) {
    out.fieldErrors = Object.fromEntries(Object.entries(a.fieldErrors).map(([k, v]) => [k, translateAnswerText(v, locale)]));
  }
  return out as T;
}

/**
 * The action, answering in the language of the request that called it (see translateAnswer).
 * It keeps the builder's brand, so the actions test still knows who may call it.
 */
export function inRequestLanguage<A extends (...args: never) => Promise<unknown>>(action: A): A {
  const kind = actionKindOf(action);
  if (!kind) throw new Error("inRequestLanguage() wraps an action made by staffAction, shopperAction or publicAction");
  const call = action as unknown as (...args: unknown[]) => Promise<unknown>;
  const wrapped = async (...args: unknown[]) => translateAnswer(await call(...args), await requestLocale());
  return brandAction(wrapped, kind) as unknown as A;
}
