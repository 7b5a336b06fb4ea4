import "server-only";
import NextAuth from "next-auth";
import { codeProvider } from "./code-provider";
import { adoptOAuthUser } from "./oauth-link";
import { oauthProviders } from "./oauth-providers";
import { mergeGuestCartAfterSignIn } from "@/lib/cart/guest-cookie";
import { secureCookies } from "@/lib/cookies";
import { authSecret } from "./secret";
import { passwordProvider } from "./password-provider";
import { phoneCodeProvider } from "./phone/provider";
import { secondFactorProvider } from "./second-factor-provider";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

/**
 * Sessions are signed JWT cookies (AUTH_SECRET), so they survive restarts and
 * work across instances; getSessionUser() re-checks the user row on every use,
 * so a password change or a disabled account ends old sessions at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // The shop's one cookie rule (lib/cookies.ts), rather than guessing from each request's scheme.
  useSecureCookies: secureCookies(),
  session: { strategy: "jwt", maxAge: THIRTY_DAYS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [passwordProvider, codeProvider, phoneCodeProvider, secondFactorProvider, ...oauthProviders()],
  callbacks: {
    // OAuth: find or create our user by verified e-mail and link the identity; token.sub becomes our users.id.
    signIn({ user, account, profile }) {
      if (account?.type !== "oauth" && account?.type !== "oidc") return true;
      return adoptOAuthUser(user, account, profile);
    },
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        // Only the second-factor provider vouches for this; any other sign-in starts without it.
        token.mfa = user.secondFactor === true;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = token.role ?? "customer";
        session.user.sessionVersion = token.sv ?? 0;
        session.user.secondFactor = token.mfa === true;
      }
      return session;
    },
  },
  events: {
    // The guest cart of this browser joins the user's cart. Runs inside the
    // server action or route handler that signs in, where cookies() can be set.
    async signIn({ user }) {
      if (!user.id) return;
      try {
        await mergeGuestCartAfterSignIn(user.id);
      } catch (error) {
        console.error("Could not merge the guest cart at sign-in", error);
      }
    },
  },
}));
