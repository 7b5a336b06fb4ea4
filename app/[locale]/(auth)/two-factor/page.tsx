import type { Metadata } from "next";
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
export const metadata: Metadata = { title: "Set up two-factor sign-in", robots: { index: false } };

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
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">{setup ? "Set up two-factor sign-in" : "Two-factor sign-in is on"}</h1>
        {setup ? (
          <p className="text-sm text-zinc-600">
            {session.missingFactor === "enrol" ? "Admins need a second step to sign in. " : ""}
            After your password, you will also enter a code from an app on your phone.
          </p>
        ) : null}
      </div>
      <TwoFactorEnrolForm setup={setup} codesLeft={codesLeft} next={next} />
    </>
  );
}
