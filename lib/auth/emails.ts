import type { Mail } from "@/lib/mail/send";
import { storeName } from "@/lib/settings/store";
import { TOKEN_LIMITS } from "./tokens";

/** The messages accounts send; plain text, with the store's name. */
export async function welcomeMail(to: string, name: string): Promise<Mail> {
  const store = await storeName();
  return {
    to,
    template: "welcome",
    subject: `Welcome to ${store}`,
    text: `Hello${name ? ` ${name}` : ""},\n\nYour ${store} account is ready. Sign in with ${to} to see your orders, addresses and favourites.\n\n${store}`,
  };
}

export async function signInCodeMail(to: string, code: string): Promise<Mail> {
  const store = await storeName();
  return {
    to,
    template: "sign-in-code",
    // Not in the subject: subjects show on lock screens and in mail lists.
    subject: `Your ${store} sign-in code`,
    text: `Your sign-in code is ${code}.\n\nIt works once, for ${TOKEN_LIMITS.codeTtlMinutes} minutes. If you did not ask for it, ignore this message: nobody can sign in without the code.\n\n${store}`,
    secrets: [code],
  };
}

export async function passwordResetMail(to: string, link: string): Promise<Mail> {
  const store = await storeName();
  return {
    to,
    template: "password-reset",
    subject: `Reset your ${store} password`,
    text: `Someone (hopefully you) asked to reset the password of your ${store} account.\n\nSet a new password here (the link works once, for ${TOKEN_LIMITS.resetTtlMinutes} minutes):\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.\n\n${store}`,
    secrets: [link],
  };
}

const codeLine = (code: string) => `Your code: ${code}\nIt works once, for ${TOKEN_LIMITS.codeTtlMinutes} minutes.`;

/**
 * After sign-up of a new e-mail: the code that confirms the address. `code` is
 * null when one was sent moments ago (rate limit): the shopper then confirms
 * from the account page.
 */
export async function confirmSignUpMail(to: string, name: string, code: string | null, siteUrl: string): Promise<Mail> {
  const store = await storeName();
  const how = code
    ? `${codeLine(code)}\n\nEnter it on the page where you created the account, or on your account page after signing in with your password.`
    : `Sign in with your password and confirm this address from your account page (${new URL("/account", siteUrl)}).`;
  return {
    to,
    template: "sign-up",
    subject: `Confirm your e-mail address for ${store}`,
    text: `Hello${name ? ` ${name}` : ""},\n\nWelcome to ${store}. Until you confirm this e-mail address, the account cannot place orders or see saved addresses and points.\n\n${how}\n\nDid not create this account? Then someone else chose its password. Sign in with an e-mail code at ${new URL("/sign-in/code", siteUrl)}: that removes their password and signs them out.\n\n${store}`,
  };
}

/** Sign-up with an e-mail that already has an account: said only to its owner, never on the page. */
export async function accountExistsMail(to: string, code: string | null, siteUrl: string): Promise<Mail> {
  const store = await storeName();
  const how = code ? `To sign in now, enter this code on the page you were on.\n${codeLine(code)}\n\n` : "";
  return {
    to,
    template: "account-exists",
    subject: `You already have a ${store} account`,
    text: `Someone (hopefully you) tried to create a ${store} account with this e-mail address, but you already have an account.\n\n${how}Sign in: ${new URL("/sign-in", siteUrl)}\nForgot your password? ${new URL("/forgot-password", siteUrl)}\n\nIf this was not you, ignore this message: nothing changed.\n\n${store}`,
  };
}

/** The code a signed-in shopper asked for to confirm the account's e-mail address. */
export async function confirmEmailMail(to: string, code: string): Promise<Mail> {
  const store = await storeName();
  return {
    to,
    template: "confirm-email",
    subject: `Confirm your e-mail address for ${store}`,
    text: `Enter this code on your ${store} account page to confirm your e-mail address.\n\n${codeLine(code)}\n\nIf you did not ask for it, do not share it with anybody: sign in with an e-mail code instead (${store} sign-in page, "Sign in with an e-mail code"), which signs out whoever else uses the account.\n\n${store}`,
  };
}
