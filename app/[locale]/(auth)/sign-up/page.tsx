import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { PhoneOptionLink } from "@/components/phone/phone-code-page";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeNextPath, withNext } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  const signInHref = withNext("/sign-in", next);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Create an account</h1>
      <SignUpForm next={next} signInHref={signInHref} />
      <OAuthButtons next={next} />
      <p className="text-sm">
        <PhoneOptionLink mode="sign-up" next={next} />
      </p>
      <p className="border-t border-zinc-200 pt-4 text-sm">
        Already have an account?{" "}
        <Link href={signInHref} className="font-medium underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
