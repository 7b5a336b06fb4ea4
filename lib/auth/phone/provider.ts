import "server-only";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientIp } from "../client-ip";
import { InvalidCredentials, SignInThrottled } from "../credential-errors";
import { beginSignInAttempt, signInSucceeded } from "../throttle";
import { signInWithPhoneCode } from "./mutations";
import { phoneSignInSchema } from "./schema";

/**
 * A mobile number and a one-time SMS code; creates the account on first use
 * (with the name given at sign-up). Throttled like e-mail codes and passwords:
 * per number and per client address, counted before the code is compared.
 */
export const phoneCodeProvider = Credentials({
  id: "phone-code",
  name: "SMS code",
  credentials: { phone: { type: "tel" }, code: { type: "text" }, name: { type: "text" } },
  async authorize(credentials, request) {
    const parsed = phoneSignInSchema(env().PHONE_DEFAULT_COUNTRY).safeParse(credentials);
    if (!parsed.success) throw new InvalidCredentials();
    const { phone, code, name } = parsed.data;
    const ip = clientIp(request.headers);
    const verdict = await beginSignInAttempt(phone, ip);
    if (verdict.blocked) throw new SignInThrottled(verdict.retryAfterMinutes);
    const found = await signInWithPhoneCode(phone, code, name);
    if (!found) throw new InvalidCredentials();
    await signInSucceeded(phone, ip);
    const { user } = found;
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  },
});
