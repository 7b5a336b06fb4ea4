import "server-only";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clientIp } from "./client-ip";
import { InvalidCredentials, SignInThrottled } from "./credential-errors";
import { getSessionUser } from "./session";
import { beginSignInAttempt, signInSucceeded } from "./throttle";
import { passSecondStep } from "./two-factor/mutations";
import { getUserById } from "./users";

const input = z.object({ code: z.string().trim().min(6).max(40) });

/**
 * The second step of sign-in for an enrolled staff member: the session from
 * the first step (password, e-mail code or OAuth) plus an authentication or
 * recovery code gives a new session marked as having passed it. Wrong codes
 * count toward the account's sign-in throttle.
 */
export const secondFactorProvider = Credentials({
  id: "second-factor",
  name: "Authentication code",
  credentials: { code: { type: "text" } },
  async authorize(credentials, request) {
    const parsed = input.safeParse(credentials);
    const session = await getSessionUser();
    const user = session ? await getUserById(session.id) : null;
    if (!parsed.success || !user?.totpEnabledAt) throw new InvalidCredentials();
    const ip = clientIp(request.headers);
    const verdict = await beginSignInAttempt(user.email, ip);
    if (verdict.blocked) throw new SignInThrottled(verdict.retryAfterMinutes);
    const passed = await passSecondStep(user.id, parsed.data.code);
    if (!passed) throw new InvalidCredentials();
    await signInSucceeded(user.email, ip);
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, secondFactor: true };
  },
});
