import "server-only";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import type { Sms } from "@/lib/sms/send";
import { storeName } from "@/lib/settings/store";
import { SMS_CODE_LIMITS } from "./rules";

/** The text carrying a code, in the caller's language; short enough for one SMS segment in either. */
export async function smsCodeText(to: string, code: string, template: "sms-sign-in-code" | "sms-verify-code"): Promise<Sms> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
  const text = t("sms.code", { store: await storeName(), code, minutes: SMS_CODE_LIMITS.ttlMinutes });
  return { to, template, text, secrets: [code] };
}
