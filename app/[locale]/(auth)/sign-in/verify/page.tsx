import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };

export default async function SecondStepPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"), "/admin");
  const user = await getSessionUser();
  if (!user) redirect(await localized(`/sign-in?next=${encodeURIComponent(next)}`));
  if (user.missingFactor === "enrol") redirect(await localized(`/two-factor?next=${encodeURIComponent(next)}`));
  if (user.missingFactor !== "verify") redirect(await localized(next));
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Two-factor sign-in</h1>
        <p className="text-sm text-zinc-600">Signed in as {user.email}. Enter the code from your authenticator app to continue.</p>
      </div>
      <SecondStepForm next={next} />
      <div className="border-t border-zinc-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
