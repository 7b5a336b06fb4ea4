import "server-only";
import Credentials from "next-auth/providers/credentials";
import { mailLocale } from "@/lib/mail/locale";
import { queueMail } from "@/lib/mail/send";
import { clientIp } from "./client-ip";
import { InvalidCredentials, SignInThrottled } from "./credential-errors";
import { welcomeMail } from "./emails";
import { signInWithCode } from "./mutations";
import { codeSignInSchema } from "./schema";
import { isSignUpProof } from "./sign-up-proof";
import { beginSignInAttempt, signInSucceeded } from "./throttle";

/**
 * E-mail and a one-time code from an e-mail; creates the account on first use.
 * Throttled like passwords. `proof` (the sign-up cookie, passed by the action)
 * lets the browser that chose an unverified account's password keep it.
 */
export const codeProvider = Credentials({
  id: "email-code",
  name: "E-mail code",
  credentials: { email: { type: "email" }, code: { type: "text" }, proof: { type: "text" } },
  async authorize(credentials, request) {
    const parsed = codeSignInSchema.safeParse(credentials);
    if (!parsed.success) throw new InvalidCredentials();
    const { email, code } = parsed.data;
    const ip = clientIp(request.headers);
    const verdict = await beginSignInAttempt(email, ip);
    if (verdict.blocked) throw new SignInThrottled(verdict.retryAfterMinutes);
    const proof = typeof credentials.proof === "string" ? credentials.proof : undefined;
    const found = await signInWithCode(email, code, (user) => isSignUpProof(user, proof));
    if (!found) throw new InvalidCredentials();
    await signInSucceeded(email, ip);
    const { user, created } = found;
    if (created) await queueMail(await welcomeMail(user.email, user.name, await mailLocale()));
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  },
});
