import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { PhoneCodePage } from "@/components/phone/phone-code-page";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/server";
import { type AuthSearchParams, param } from "../../search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "phone" });
  return { title: t("signIn.title"), robots: { index: false } };
}

export default async function PhoneSignInPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"));
  if (await getSessionUser()) redirect(await localized(next));
  return <PhoneCodePage mode="sign-in" next={next} />;
}
