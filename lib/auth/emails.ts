import { DEFAULT_LOCALE, type Locale, localizePath } from "@/lib/i18n/locales";
import { type Translate, translator } from "@/lib/i18n/translator";
import type { Mail } from "@/lib/mail/send";
import { storeName } from "@/lib/settings/store";
import { TOKEN_LIMITS } from "./tokens";

/**
 * The messages accounts send; plain text, with the store's name, in `locale` (the language of
 * the request that caused them: requestLocale(); English when sent without one). Links point at
 * the pages in that language.
 */
async function mailIn(locale: Locale) {
  const t = translator(locale, "mail");
  const store = await storeName();
  const page = (path: string, siteUrl: string) => new URL(localizePath(path, locale), siteUrl).toString();
  const greeting = (name: string) => (name ? t("greeting", { name }) : t("greetingNoName"));
  return { t, store, page, greeting, sign: (text: string) => `${text}\n\n${store}` };
}

const codeLine = (t: Translate, code: string) => t("codeLine", { code, minutes: TOKEN_LIMITS.codeTtlMinutes });

export async function welcomeMail(to: string, name: string, locale: Locale = DEFAULT_LOCALE): Promise<Mail> {
  const { t, store, greeting, sign } = await mailIn(locale);
  return {
    to,
    template: "welcome",
    subject: t("welcome.subject", { store }),
    text: sign(`${greeting(name)}\n\n${t("welcome.body", { store, email: to })}`),
  };
}

export async function signInCodeMail(to: string, code: string, locale: Locale = DEFAULT_LOCALE): Promise<Mail> {
  const { t, store, sign } = await mailIn(locale);
  return {
    to,
    template: "sign-in-code",
    // Not in the subject: subjects show on lock screens and in mail lists.
    subject: t("signInCode.subject", { store }),
    text: sign(t("signInCode.body", { code, minutes: TOKEN_LIMITS.codeTtlMinutes })),
    secrets: [code],
  };
}

export async function passwordResetMail(to: string, link: string, locale: Locale = DEFAULT_LOCALE): Promise<Mail> {
  const { t, store, sign } = await mailIn(locale);
  return {
    to,
    template: "password-reset",
    subject: t("passwordReset.subject", { store }),
    text: sign(t("passwordReset.body", { store, link, minutes: TOKEN_LIMITS.resetTtlMinutes })),
    secrets: [link],
  };
}

/**
 * After sign-up of a new e-mail: the code that confirms the address. `code` is
 * null when one was sent moments ago (rate limit): the shopper then confirms
 * from the account page.
 */
export async function confirmSignUpMail(
  to: string,
  name: string,
  code: string | null,
  siteUrl: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Mail> {
  const { t, store, page, greeting, sign } = await mailIn(locale);
  const how = code
    ? t("confirmSignUp.withCode", { codeLine: codeLine(t, code) })
    : t("confirmSignUp.withoutCode", { account: page("/account", siteUrl) });
  return {
    to,
    template: "sign-up",
    subject: t("confirmSignUp.subject", { store }),
    text: sign(`${greeting(name)}\n\n${t("confirmSignUp.body", { store, how, codeSignIn: page("/sign-in/code", siteUrl) })}`),
    secrets: code ? [code] : [],
  };
}

/** Sign-up with an e-mail that already has an account: said only to its owner, never on the page. */
export async function accountExistsMail(to: string, code: string | null, siteUrl: string, locale: Locale = DEFAULT_LOCALE): Promise<Mail> {
  const { t, store, page, sign } = await mailIn(locale);
  const how = code ? t("accountExists.withCode", { codeLine: codeLine(t, code) }) : "";
  return {
    to,
    template: "account-exists",
    subject: t("accountExists.subject", { store }),
    text: sign(t("accountExists.body", { store, how, signIn: page("/sign-in", siteUrl), forgot: page("/forgot-password", siteUrl) })),
    secrets: code ? [code] : [],
  };
}

/** The code a signed-in shopper asked for to confirm the account's e-mail address. */
export async function confirmEmailMail(to: string, code: string, locale: Locale = DEFAULT_LOCALE): Promise<Mail> {
  const { t, store, sign } = await mailIn(locale);
  return {
    to,
    template: "confirm-email",
    subject: t("confirmEmail.subject", { store }),
    text: sign(t("confirmEmail.body", { store, codeLine: codeLine(t, code) })),
    secrets: [code],
  };
}
