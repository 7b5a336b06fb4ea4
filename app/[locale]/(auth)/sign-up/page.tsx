import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signUp.title"), robots: { index: false } };
}

export default async function SignUpPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  const signInHref = withNext("/sign-in", next);
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("signUp.title")}</h1>
      <SignUpForm next={next} signInHref={signInHref} />
      <OAuthButtons next={next} />
      <p className="text-sm">
        <PhoneOptionLink mode="sign-up" next={next} />
      </p>
      <p className="border-t border-zinc-200 pt-4 text-sm">
        {t("signUp.haveAccount")}{" "}
        <Link href={signInHref} className="font-medium underline">
          {t("signUp.signIn")}
        </Link>
      </p>
    </>
  );
}
