import { intlLocale } from "@/lib/money";

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "Nov 22, 2026, 8:30 AM UTC" (en) or "2026年11月22日 08:30 UTC" (zh-CN): one zone for every reader, so
 * server and browser agree. The back office calls it without a language (English).
 */
export function formatDateTime(date: Date, locale = "en"): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return `${format.format(date)} UTC`;
}
