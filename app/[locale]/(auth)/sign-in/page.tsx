import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signIn.title"), robots: { index: false } };
}

/** The `?error=` codes with their own sentence (the rest get signIn.failed). */
const OAUTH_ERRORS = { OAuthEmail: "signIn.oauthEmail" } as const;

export default async function SignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(param(params, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  const error = param(params, "error");
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("signIn.title")}</h1>
      {param(params, "reset") === "1" && <FormStatus>{t("signIn.passwordChanged")}</FormStatus>}
      {error && <FormError>{t(error in OAUTH_ERRORS ? OAUTH_ERRORS[error as keyof typeof OAUTH_ERRORS] : "signIn.failed")}</FormError>}
      <SignInForm next={next} forgotHref="/forgot-password" />
      <OAuthButtons next={next} />
      <ul className="space-y-2 border-t border-zinc-200 pt-4 text-sm">
        <li>
          <Link href={withNext("/sign-in/code", next)} className="text-zinc-700 underline hover:text-zinc-950">
            {t("signIn.withCode")}
          </Link>
        </li>
        <li>
          <PhoneOptionLink mode="sign-in" next={next} />
        </li>
        <li>
          {t("signIn.newHere")}{" "}
          <Link href={withNext("/sign-up", next)} className="font-medium underline">
            {t("signIn.createAccount")}
          </Link>
        </li>
      </ul>
    </>
  );
}
