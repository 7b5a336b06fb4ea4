import { intlLocale } from "@/lib/money";

const formats = new Map<string, Intl.DateTimeFormat>();

/** The day an account was made, "Nov 22, 2026" (en) or "2026年11月22日" (zh-CN), in UTC like the rest of the back office. */
export function formatJoined(date: Date, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" });
    formats.set(locale, format);
  }
  return format.format(date);
}
