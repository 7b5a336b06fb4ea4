import "server-only";
import { getTranslations } from "next-intl/server";
import type { Refusal } from "@/lib/actions";
import { requestLocale } from "@/lib/i18n/server";
import { PHONE_ERRORS } from "./schema";

/** The `phone` messages in the caller's language (server actions, the provider). */
export async function phoneTranslations() {
  return getTranslations({ locale: await requestLocale(), namespace: "phone" });
}

const KNOWN = new Set<string>(Object.values(PHONE_ERRORS));

/** A schema refusal of a phone form with its keys translated (anything unknown gets the generic sentence). */
export async function translatedRefusal(failure: Refusal): Promise<Refusal> {
  const t = await phoneTranslations();
  const say = (key: string) => (KNOWN.has(key) ? t(key as (typeof PHONE_ERRORS)[keyof typeof PHONE_ERRORS]) : t("errors.fix"));
  const fieldErrors = Object.fromEntries(Object.entries(failure.fieldErrors ?? {}).map(([field, key]) => [field, say(key)]));
  return { error: t("errors.fix"), fieldErrors, values: failure.values };
}
