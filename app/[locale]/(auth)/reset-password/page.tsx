import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormError } from "@/components/ui/form-messages";
import { isResetTokenLive } from "@/lib/auth/tokens";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("reset.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const token = param(await searchParams, "token") ?? "";
  const t = await getTranslations("auth");
  const live = token.length >= 20 && token.length <= 200 && (await isResetTokenLive(token));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">{t("reset.title")}</h1>
      {live ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormError>
          {t("reset.expired")}{" "}
          <Link href="/forgot-password" className="font-medium underline">
            {t("reset.newLink")}
          </Link>
        </FormError>
      )}
    </>
  );
}
