import { NextIntlClientProvider } from "next-intl";
import type { Locale } from "./locales";
import { messagesFor, pickNamespaces } from "./messages";

/**
 * Gives the client components inside the messages they read, and no others: whole namespaces
 * ("cartLine") or parts of one ("product.buy"). A nested one replaces the outer one's messages
 * instead of adding to them, so a list names everything read beneath it. Route files pass the
 * list literally; lib/i18n/client-messages.test.ts checks it against the client components they render.
 */
export function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly string[];
  children: React.ReactNode;
}) {
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={pickNamespaces(messagesFor(locale), namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
