import type { Mail } from "@/lib/mail/send";
import { storeName } from "@/lib/catalog/store";
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
