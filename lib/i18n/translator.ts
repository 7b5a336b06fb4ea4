// use-intl is next-intl's own core (its dependency): its createTranslator needs no React, so jobs and scripts run under
// --conditions=react-server (npm run worker, the bench's shoppers) can format messages too.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { messagesFor } from "./messages";

/** A message formatter with its ICU arguments, e.g. t("subject", { store }). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The messages of `namespace` in `locale`, usable anywhere: pages, actions, route handlers, jobs
 * and tests (no request needed, unlike getTranslations()). For text made outside a page, such as
 * e-mails, whose language is chosen by the caller.
 */
export function translator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as never, timeZone: "UTC" });
  return (key, values) => (t as unknown as Translate)(key, values);
}
