import "server-only";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "./client-ip";
import { InvalidCredentials, SignInThrottled } from "./credential-errors";
import { verifyPassword } from "./password";
import { beginSignInAttempt, signInSucceeded } from "./throttle";
import { getUserByEmail, normaliseEmail } from "./users";

const input = z.object({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(200) });

/** E-mail and password, throttled per account and per client address. */
export const passwordProvider = Credentials({
  id: "password",
  name: "E-mail and password",
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(credentials, request) {
    const parsed = input.safeParse(credentials);
    if (!parsed.success) throw new InvalidCredentials();
    const email = normaliseEmail(parsed.data.email);
    const ip = clientIp(request.headers);
    const verdict = await beginSignInAttempt(email, ip);
    if (verdict.blocked) throw new SignInThrottled(verdict.retryAfterMinutes);
    const user = await getUserByEmail(email);
    const ok = (await verifyPassword(user?.passwordHash, parsed.data.password)) && !!user && !user.disabled;
    if (!ok || !user) throw new InvalidCredentials();
    await signInSucceeded(email, ip);
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
  },
});
