import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

/** A language's messages: one JSON file per namespace in messages/<locale>/ ("cart.json" → the `cart` namespace). */
export type Messages = Record<string, Record<string, unknown>>;

const root = path.join(process.cwd(), "messages");
const loaded = new Map<Locale, Messages>();

function read(locale: Locale): Messages {
  const dir = path.join(root, locale);
  const messages: Messages = {};
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".json")) continue;
    messages[file.slice(0, -".json".length)] = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
  }
  return messages;
}

/** Every message of `locale`, read once per process (in development on every call, so edits show at once). */
export function messagesFor(locale: Locale): Messages {
  if (process.env.NODE_ENV === "development") return read(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = read(locale);
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * The parts of `messages` that client components use: whole namespaces ("cartLine") or parts of
 * one ("product.buy"), each at its own place. Only these travel to the browser.
 */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Record<string, unknown> = {};
  for (const name of namespaces) {
    if (namespaces.some((n) => name.startsWith(`${n}.`))) continue; // inside one already picked whole
    const keys = name.split(".");
    const value = keys.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], messages);
    if (value === undefined) continue;
    let into = picked;
    for (const key of keys.slice(0, -1)) into = (into[key] ??= {}) as Record<string, unknown>;
    into[keys.at(-1)!] = value;
  }
  return picked as Messages;
}
