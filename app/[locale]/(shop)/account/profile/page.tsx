import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Notice } from "@/components/account/notice";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { getAccountProfile } from "@/lib/accounts/queries";
import { PASSWORD_MIN } from "@/lib/auth/password-limits";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("/account/profile");
  const [profile, params] = await Promise.all([getAccountProfile(user.id), searchParams]);
  if (!profile) notFound();
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">Profile</h1>
        <p className="text-sm text-zinc-600">E-mail: {profile.email}</p>
        <Notice code={params.notice} />
      </div>
      <section aria-labelledby="name-heading" className="flex flex-col gap-3">
        <h2 id="name-heading" className="text-lg font-semibold">
          Your name
        </h2>
        <ProfileForm name={profile.name} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-3">
        <h2 id="password-heading" className="text-lg font-semibold">
          {profile.hasPassword ? "Change password" : "Set a password"}
        </h2>
        {!profile.hasPassword && (
          <p className="text-sm text-zinc-600">
            You sign in with an e-mail code or another service. Set a password to sign in with it too.
          </p>
        )}
        <PasswordForm hasPassword={profile.hasPassword} minLength={PASSWORD_MIN} />
      </section>
    </div>
  );
}
