import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("forgot.title"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("forgot.title")}</h1>
        <p className="text-sm text-zinc-600">{t("forgot.intro")}</p>
      </div>
      <ForgotPasswordForm />
      <p className="border-t border-zinc-200 pt-4 text-sm">
        <Link href="/sign-in" className="text-zinc-700 underline hover:text-zinc-950">
          {t("forgot.back")}
        </Link>
      </p>
    </>
  );
}
