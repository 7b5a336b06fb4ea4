import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { oauthAccounts, users } from "@/db/schema";
import type { Account, Profile, User } from "next-auth";
import { mailLocale } from "@/lib/mail/locale";
import { queueMail } from "@/lib/mail/send";
import { welcomeMail } from "./emails";
import { findOrCreateVerifiedUser, type FoundUser } from "./mutations";

export type OAuthIdentity = {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  /** True only when the provider vouches that the e-mail belongs to this person. */
  emailVerified: boolean;
  name?: string | null;
};

/**
 * Our account for an OAuth identity: the one it is already linked to; else the
 * account of its verified e-mail (created when missing), which it is then
 * linked to. Null when a new identity has no verified e-mail, or the account is disabled.
 */
export async function linkOAuthAccount(identity: OAuthIdentity): Promise<FoundUser | null> {
  return db.transaction(async (tx) => {
    const key = and(eq(oauthAccounts.provider, identity.provider), eq(oauthAccounts.providerAccountId, identity.providerAccountId));
    const [linked] = await tx
      .select({ user: users })
      .from(oauthAccounts)
      .innerJoin(users, eq(users.id, oauthAccounts.userId))
      .where(key)
      .limit(1);
    if (linked) return linked.user.disabled ? null : { user: linked.user, created: false };
    if (!identity.email || !identity.emailVerified) return null;
    const found = await findOrCreateVerifiedUser(tx, identity.email, identity.name ?? "");
    if (found.user.disabled) return null;
    await tx
      .insert(oauthAccounts)
      .values({ provider: identity.provider, providerAccountId: identity.providerAccountId, userId: found.user.id })
      .onConflictDoNothing();
    return found;
  });
}

/**
 * Whether the provider vouches for the profile's e-mail: Google's (OIDC)
 * email_verified claim; GitHub's set by gitHubProfile from the primary verified address.
 */
export function oauthEmailVerified(profile: Profile | undefined): boolean {
  return profile?.email_verified === true && !!profile.email;
}

/**
 * The signIn callback for OAuth: swaps the provider's user for ours (so the
 * session's sub is our users.id), or refuses with a redirect to /sign-in.
 */
export async function adoptOAuthUser(user: User, account: Account, profile: Profile | undefined): Promise<true | string> {
  const found = await linkOAuthAccount({
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    // Only the profile's e-mail, which the provider vouches for (email_verified), never a fallback.
    email: profile?.email,
    emailVerified: oauthEmailVerified(profile),
    name: user.name,
  });
  if (!found) return "/sign-in?error=OAuthEmail";
  const ours = found.user;
  if (found.created) await queueMail(await welcomeMail(ours.email, ours.name, await mailLocale()));
  Object.assign(user, { id: ours.id, email: ours.email, name: ours.name, role: ours.role, sessionVersion: ours.sessionVersion });
  return true;
}
