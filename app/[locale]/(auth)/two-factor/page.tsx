import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import QRCode from "qrcode";
import { type Setup, TwoFactorEnrolForm } from "@/components/auth/two-factor-enrol-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser, isStaff } from "@/lib/auth/session";
import { enrolmentToken, unusedRecoveryCodes } from "@/lib/auth/two-factor/mutations";
import { adminMfaMode } from "@/lib/auth/two-factor/policy";
import { newTotpSecret, totpUri } from "@/lib/auth/two-factor/totp";
import { getUserById } from "@/lib/auth/users";
import { storeName } from "@/lib/settings/store";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("twoFactor.title"), robots: { index: false } };
}

/** A fresh secret, its QR code, and the sealed copy the form sends back with the first code. */
async function newSetup(user: { id: string; email: string }): Promise<Exclude<Setup, null>> {
  const secret = newTotpSecret();
  const qrSvg = await QRCode.toString(totpUri(secret, user.email, await storeName()), {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  return { enrolment: enrolmentToken(user.id, secret), secret, qrSvg };
}

/** Enrolment for staff and admins: a new secret each visit until one is confirmed with a code. */
export default async function TwoFactorPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"), "/admin");
  const session = await getSessionUser();
  if (!session) redirect(await localized(`/sign-in?next=${encodeURIComponent("/two-factor")}`));
  if (!isStaff(session) || adminMfaMode() === "off") notFound();
  const user = await getUserById(session.id);
  if (!user) notFound();
  // Once on, the page says so (never the secret); it does not redirect, so the recovery codes just shown stay on screen.
  const setup: Setup = user.totpEnabledAt ? null : await newSetup(user);
  const codesLeft = user.totpEnabledAt ? await unusedRecoveryCodes(user.id) : 0;
  const t = await getTranslations("auth");
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{setup ? t("twoFactor.title") : t("twoFactor.onTitle")}</h1>
        {setup ? (
          <p className="text-sm text-zinc-600">
            {session.missingFactor === "enrol" ? `${t("twoFactor.adminsNeed")} ` : ""}
            {t("twoFactor.intro")}
          </p>
        ) : null}
      </div>
      <TwoFactorEnrolForm setup={setup} codesLeft={codesLeft} next={next} />
    </>
  );
}
