import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { SecondStepForm } from "@/components/auth/second-step-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../../search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("verify.title"), robots: { index: false } };
}

export default async function SecondStepPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"), "/admin");
  const user = await getSessionUser();
  if (!user) redirect(await localized(`/sign-in?next=${encodeURIComponent(next)}`));
  if (user.missingFactor === "enrol") redirect(await localized(`/two-factor?next=${encodeURIComponent(next)}`));
  if (user.missingFactor !== "verify") redirect(await localized(next));
  const t = await getTranslations("auth");
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("verify.title")}</h1>
        <p className="text-sm text-zinc-600">{t("verify.intro", { email: user.email })}</p>
      </div>
      <SecondStepForm next={next} />
      <div className="border-t border-zinc-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
