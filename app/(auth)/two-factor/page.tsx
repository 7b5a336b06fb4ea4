import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import QRCode from "qrcode";
import { TwoFactorEnrolForm } from "@/components/auth/two-factor-enrol-form";
import { safeNextPath } from "@/lib/auth/next-path";
import { getSessionUser, isStaff } from "@/lib/auth/session";
import { enrolmentToken, unusedRecoveryCodes } from "@/lib/auth/two-factor/mutations";
import { adminMfaMode } from "@/lib/auth/two-factor/policy";
import { newTotpSecret, totpUri } from "@/lib/auth/two-factor/totp";
import { getUserById } from "@/lib/auth/users";
import { storeName } from "@/lib/catalog/store";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up two-factor sign-in", robots: { index: false } };

/** Enrolment for staff and admins: a new secret each visit until one is confirmed with a code. */
export default async function TwoFactorPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const next = safeNextPath(param(await searchParams, "next"), "/admin");
  const session = await getSessionUser();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent("/two-factor")}`);
  if (!isStaff(session) || adminMfaMode() === "off") notFound();
  if (session.missingFactor === "verify") redirect(`/sign-in/verify?next=${encodeURIComponent(next)}`);
  const user = await getUserById(session.id);
  if (!user) notFound();
  if (user.totpEnabledAt) {
    const left = await unusedRecoveryCodes(user.id);
    return (
      <>
        <h1 className="text-2xl font-bold tracking-tight">Two-factor sign-in is on</h1>
        <p className="text-sm text-zinc-700">
          You have {left} unused recovery code{left === 1 ? "" : "s"}.
        </p>
        <Link href={next} className="text-sm text-zinc-700 underline">Back</Link>
      </>
    );
  }
  const secret = newTotpSecret();
  const qrSvg = await QRCode.toString(totpUri(secret, user.email, await storeName()), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Set up two-factor sign-in</h1>
        <p className="text-sm text-zinc-600">
          {session.missingFactor === "enrol" ? "Admins need a second step to sign in. " : ""}
          After your password, you will also enter a code from an app on your phone.
        </p>
      </div>
      <TwoFactorEnrolForm enrolment={enrolmentToken(user.id, secret)} secret={secret} qrSvg={qrSvg} next={next} />
    </>
  );
}
