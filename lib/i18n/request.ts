import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { messagesFor } from "./messages";

/**
 * next-intl's configuration for a request (next.config.ts points the plugin here). The locale is
 * the page's [locale] segment (setRequestLocale in layouts and pages, so cached pages stay static),
 * or, in server actions and route handlers, the X-NEXT-INTL-LOCALE header that proxy.ts sets.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  // Dates are shown in UTC, as orders and the back office have always shown them.
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
