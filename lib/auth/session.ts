import "server-only";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { cache } from "react";
import type { UserRole } from "@/db/schema";
import { auth } from "./next-auth";
import { missingFactor, type MissingFactor } from "./two-factor/policy";
import { isProvenAccount } from "./phone/rules";
import { getUserById } from "./users";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The e-mail was proven (code, link, OAuth); until then the account cannot order or see addresses and points. */
  emailVerified: boolean;
  /** Set when the back office must still refuse this session: two-factor enrolment or its second step is due. */
  missingFactor?: Exclude<MissingFactor, null>;
};

/**
 * The signed-in user, checked against the database (exists, not disabled,
 * session not revoked by a password change); null for guests. Once per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUserById(id);
  if (!user || user.disabled || user.sessionVersion !== (session.user.sessionVersion ?? 0)) return null;
  const missing = missingFactor(user, session.user.secondFactor === true);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: isProvenAccount(user),
    ...(missing ? { missingFactor: missing } : {}),
  };
});

/** The sign-in page, coming back to `returnTo` afterwards. */
export const signInPath = (returnTo: string) => `/sign-in?next=${encodeURIComponent(returnTo)}`;

/** The signed-in user, or a redirect to sign in that comes back to `returnTo`. */
export async function requireUser(returnTo = "/account"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(await localized(signInPath(returnTo)));
  return user;
}

export function isStaff(user: SessionUser | null): boolean {
  return user?.role === "admin" || user?.role === "staff";
}
