"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { publicAction, shopperAction, type RateLimitHook } from "@/lib/actions";
import type { ActionState } from "@/lib/forms/action-state";
import { env } from "@/lib/env";
import { localized, requestLocale } from "@/lib/i18n/server";
import { maskPhone } from "@/lib/phone/number";
import { consumeAll } from "@/lib/rate-limit";
import { sendSms } from "@/lib/sms/send";
import { clientIp } from "../client-ip";
import { safeNextPath } from "../next-path";
import { signIn } from "../next-auth";
import { issueSmsCode, type SmsIssueResult } from "./codes";
import { verifyOwnPhone } from "./mutations";
import { SMS_CODE_LIMITS } from "./rules";
import { phoneRequestSchema, phoneSignInSchema, phoneVerifySchema } from "./schema";
import { smsCodeText } from "./texts";
import { translatedRefusal } from "./translate";

const country = () => env().PHONE_DEFAULT_COUNTRY;

/** Code requests per client address and per number: the e-mail codes' limits (tokenRequestAddress / tokenRequestPhone). */
const limitedPerNumber: RateLimitHook<{ phone: string }, unknown> = async ({ phone }) => {
  const verdict = await consumeAll([
    ["tokenRequestAddress", clientIp(await headers())],
    ["tokenRequestPhone", phone],
  ]);
  if (verdict.ok) return null;
  const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
  return t("errors.tooManyRequests", { minutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)) });
};

async function refusalSentence(refused: Exclude<SmsIssueResult, { ok: true }>): Promise<string> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
  return refused.reason === "too-soon"
    ? t("errors.tooSoon", { seconds: refused.seconds })
    : t("errors.tooMany", { count: refused.perHour, minutes: refused.minutes });
}

/** Sends a sign-in (or sign-up) code to the number; the form then asks for the code. */
export const requestPhoneCodeAction = publicAction(
  { schema: () => phoneRequestSchema(country()), invalid: translatedRefusal, rateLimit: limitedPerNumber },
  async ({ phone, name }, { form }): Promise<ActionState> => {
    const issued = await issueSmsCode("sign_in", phone);
    const values = { phone, name, ...(form.get("resend") === "1" ? { resend: "1" } : {}) };
    if (!issued.ok) return { error: await refusalSentence(issued), values };
    await sendSms(await smsCodeText(phone, issued.code, "sms-sign-in-code"));
    const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
    return { ok: true, message: t("sent", { phone: maskPhone(phone), minutes: SMS_CODE_LIMITS.ttlMinutes }), values: { phone, name } };
  },
);

/** Signs in (creating the account on first use) with the SMS code; success redirects to `next`. */
export const signInWithPhoneCodeAction = publicAction(
  { schema: () => phoneSignInSchema(country()), invalid: translatedRefusal },
  async ({ phone, code, name }, { form }): Promise<ActionState> => {
    const redirectTo = await localized(safeNextPath(form.get("next")));
    const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
    try {
      await signIn("phone-code", { phone, code, name, redirectTo });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const reason = error instanceof CredentialsSignin ? error.code : undefined;
      const minutes = reason?.startsWith("throttled:") ? Number(reason.split(":")[1]) || 15 : null;
      return { error: minutes ? t("errors.throttled", { minutes }) : t("errors.codeRejected"), values: { phone, name } };
    }
    throw new Error("signIn() returned without redirecting");
  },
);

/** Account page: sends a code to a number the signed-in shopper wants to add. */
export const requestPhoneVerificationAction = shopperAction(
  { schema: () => phoneRequestSchema(country()), invalid: translatedRefusal, rateLimit: limitedPerNumber, returnTo: "/account" },
  async ({ phone }, { user }): Promise<ActionState> => {
    // As verifyOwnPhone: a number goes only on an account its owner has proven (and no text is sent for one that is not).
    if (!user.emailVerified) {
      const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
      return { error: t("errors.confirmEmailFirst"), values: { phone } };
    }
    const issued = await issueSmsCode("verify", phone, user.id);
    if (!issued.ok) return { error: await refusalSentence(issued), values: { phone } };
    await sendSms(await smsCodeText(phone, issued.code, "sms-verify-code"));
    const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
    return { ok: true, message: t("sent", { phone: maskPhone(phone), minutes: SMS_CODE_LIMITS.ttlMinutes }), values: { phone } };
  },
);

/** Account page: proves the number with its code and keeps it on the account. */
export const verifyPhoneAction = shopperAction(
  { schema: () => phoneVerifySchema(country()), invalid: translatedRefusal, returnTo: "/account" },
  async ({ phone, code }, { user }): Promise<ActionState> => {
    const t = await getTranslations({ locale: await requestLocale(), namespace: "phone" });
    const result = await verifyOwnPhone(user.id, phone, code);
    if (!result.ok) {
      const error = { taken: t("errors.taken"), unconfirmed: t("errors.confirmEmailFirst"), "wrong-code": t("errors.codeRejected") }[
        result.reason
      ];
      return { error, values: { phone }, ok: false };
    }
    return { ok: true, message: t("verified", { phone: maskPhone(phone) }) };
  },
);
