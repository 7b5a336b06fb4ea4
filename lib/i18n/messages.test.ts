import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES } from "./locales";
import { messagesFor } from "./messages";

/** Every message as "namespace.key.sub" → text. */
function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}

/** The ICU arguments of a message: {name}, {count, plural, …} → name, count. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "node_modules" ? [] : sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [file] : [];
  });
}

const messages = Object.fromEntries(LOCALES.map((l) => [l, flatten(messagesFor(l))]));
const reference = messages[DEFAULT_LOCALE]!;

describe("messages", () => {
  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s has every English key and no other", (locale) => {
    const keys = [...messages[locale]!.keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("%s messages take the same arguments as the English ones", (locale) => {
    const differing = [...reference].filter(([key, en]) => argumentsOf(en).join() !== argumentsOf(messages[locale]!.get(key) ?? "").join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("no message is empty", () => {
    for (const locale of LOCALES) {
      expect([...messages[locale]!].filter(([, text]) => !text.trim()).map(([key]) => `${locale} ${key}`)).toEqual([]);
    }
  });

  /**
   * A key is used when a source file names it: the whole key ("cart.empty.title"), or a namespace
   * it starts with (getTranslations("cart.empty") / useTranslations("cart")) together with the rest
   * as a string ("title"), or the start of a template (t(`status.${s}`)) that the rest completes.
   * Keys chosen by a value from elsewhere (t(status), an enum of the schema) are declared where
   * they are used with a comment "messages: orderStatus.*".
   */
  it("every key is used by the code", () => {
    const sources = [...sourceFiles("app"), ...sourceFiles("components"), ...sourceFiles("lib")].map((f) => readFileSync(f, "utf8"));
    const strings = sources.map((s) => new Set([...s.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1]!)));
    const templates = sources.map((s) => [...s.matchAll(/`([\w.-]+)\$\{/g)].map((m) => m[1]!));
    const declared = sources.flatMap((s) => [...s.matchAll(/messages: ([\w.-]+)\.\*/g)].map((m) => `${m[1]!}.`));
    const unused = [...reference.keys()].filter((key) => {
      if (declared.some((prefix) => key.startsWith(prefix))) return false;
      const parts = key.split(".");
      return !strings.some((found, i) => {
        if (found.has(key)) return true;
        for (let cut = 1; cut < parts.length; cut++) {
          const namespace = parts.slice(0, cut).join(".");
          const rest = parts.slice(cut).join(".");
          if (!found.has(namespace)) continue;
          if (found.has(rest)) return true;
          if (templates[i]!.some((t) => rest.startsWith(t))) return true;
        }
        return false;
      });
    });
    expect(unused).toEqual([]);
  });
});
