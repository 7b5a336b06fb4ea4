import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { CodeSignInForm } from "@/components/auth/code-sign-in-form";
import { safeNextPath, withNext } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in with an e-mail code", robots: { index: false } };

export default async function CodeSignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Sign in with an e-mail code</h1>
        <p className="text-sm text-zinc-600">No password needed: we e-mail you a 6-digit code. New here? The code creates your account.</p>
      </div>
      <CodeSignInForm next={next} restartHref={withNext("/sign-in/code", next)} />
      <p className="border-t border-zinc-200 pt-4 text-sm">
        <Link href={withNext("/sign-in", next)} className="text-zinc-700 underline hover:text-zinc-950">
          Sign in with a password instead
        </Link>
      </p>
    </>
  );
}
