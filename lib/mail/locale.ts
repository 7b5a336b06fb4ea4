import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/server";

/**
 * The language to write a message in: the request's that caused it, or English when there is
 * no request (a background job, a script). Resolve it before after() or a job: the request's
 * language is not known there.
 */
export function mailLocale(): Promise<Locale> {
  return requestLocale();
}
