import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { PhoneOptionLink } from "@/components/phone/phone-code-page";
import { SignInForm } from "@/components/auth/sign-in-form";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { safeNextPath, withNext } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const OAUTH_ERRORS: Record<string, string> = {
  OAuthEmail: "That account has no verified e-mail address we can use. Verify one with the provider, or sign in with your e-mail.",
};

export default async function SignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(param(params, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  const error = param(params, "error");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      {param(params, "reset") === "1" && <FormStatus>Your password was changed. Sign in with the new one.</FormStatus>}
      {error && <FormError>{OAUTH_ERRORS[error] ?? "Signing in did not work. Try again, or sign in with your e-mail."}</FormError>}
      <SignInForm next={next} forgotHref="/forgot-password" />
      <OAuthButtons next={next} />
      <ul className="space-y-2 border-t border-zinc-200 pt-4 text-sm">
        <li>
          <Link href={withNext("/sign-in/code", next)} className="text-zinc-700 underline hover:text-zinc-950">
            Sign in with an e-mail code
          </Link>
        </li>
        <li>
          <PhoneOptionLink mode="sign-in" next={next} />
        </li>
        <li>
          New here?{" "}
          <Link href={withNext("/sign-up", next)} className="font-medium underline">
            Create an account
          </Link>
        </li>
      </ul>
    </>
  );
}
