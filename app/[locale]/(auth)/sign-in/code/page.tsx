import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { CodeSignInForm } from "@/components/auth/code-sign-in-form";
import { safeNextPath, withNext } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { type AuthSearchParams, param } from "../../search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("code.title"), robots: { index: false } };
}

export default async function CodeSignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  const t = await getTranslations("auth");
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("code.title")}</h1>
        <p className="text-sm text-zinc-600">{t("code.intro")}</p>
      </div>
      <CodeSignInForm next={next} restartHref={withNext("/sign-in/code", next)} />
      <p className="border-t border-zinc-200 pt-4 text-sm">
        <Link href={withNext("/sign-in", next)} className="text-zinc-700 underline hover:text-zinc-950">
          {t("code.withPassword")}
        </Link>
      </p>
    </>
  );
}
