import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Notice } from "@/components/account/notice";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { getAccountProfile } from "@/lib/accounts/queries";
import { PASSWORD_MIN } from "@/lib/auth/password-limits";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("profile.title") };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account/profile");
  const [profile, params] = await Promise.all([getAccountProfile(user.id), searchParams]);
  if (!profile) notFound();
  const t = await getTranslations("account.profile");
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-sm text-zinc-600">{t("email", { email: profile.email })}</p>
        <Notice code={params.notice} />
      </div>
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="text-lg font-semibold">
          {t("yourName")}
        </h2>
        <ProfileForm name={profile.name} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {profile.hasPassword ? t("changePassword") : t("setPassword")}
        </h2>
        {!profile.hasPassword && <p className="text-sm text-zinc-600">{t("noPassword")}</p>}
        <PasswordForm hasPassword={profile.hasPassword} minLength={PASSWORD_MIN} />
      </section>
    </div>
  );
}
