import "server-only";
import type { Profile } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";

export type OAuthProviderId = "github" | "google";
export type OAuthChoice = { id: OAuthProviderId; name: string };

export type GitHubEmail = { email: string; primary: boolean; verified: boolean };

/**
 * The only GitHub e-mail we link by: the primary one, and only when GitHub has
 * verified it. A secondary address (even verified) is not the account's own
 * word about who it is, so it never joins an existing account.
 */
export function primaryVerifiedEmail(emails: unknown): string | null {
  if (!Array.isArray(emails)) return null;
  const primary = (emails as Partial<GitHubEmail>[]).find((e) => e?.primary === true);
  return primary?.verified === true && typeof primary.email === "string" ? primary.email : null;
}

/**
 * GitHub's own provider takes the profile's public e-mail whether or not it is
 * verified; we take only the primary verified one (from the emails API).
 */
async function gitHubProfile({ tokens }: { tokens: { access_token?: string } }): Promise<Profile> {
  const headers = { Authorization: `Bearer ${tokens.access_token}`, "User-Agent": "mercato", Accept: "application/vnd.github+json" };
  const profile = (await (await fetch("https://api.github.com/user", { headers })).json()) as Profile;
  const res = await fetch("https://api.github.com/user/emails", { headers });
  const email = res.ok ? primaryVerifiedEmail(await res.json()) : null;
  return { ...profile, email, email_verified: email !== null };
}

/** GitHub and Google sign-in, each on when its client id and secret are set. */
export function oauthChoices(): OAuthChoice[] {
  const e = env();
  const out: OAuthChoice[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) out.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) out.push({ id: "google", name: "Google" });
  return out;
}

export function oauthProviders() {
  const e = env();
  return oauthChoices().map((c) =>
    c.id === "github"
      ? GitHub({
          clientId: e.AUTH_GITHUB_ID,
          clientSecret: e.AUTH_GITHUB_SECRET,
          userinfo: { url: "https://api.github.com/user", request: gitHubProfile },
        })
      : Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }),
  );
}
