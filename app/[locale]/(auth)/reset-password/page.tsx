import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { FormError } from "@/components/ui/form-messages";
import { isResetTokenLive } from "@/lib/auth/tokens";
import { type AuthSearchParams, param } from "../search-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set a new password", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: AuthSearchParams }) {
  const token = param(await searchParams, "token") ?? "";
  const live = token.length >= 20 && token.length <= 200 && (await isResetTokenLive(token));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Set a new password</h1>
      {live ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormError>
          This reset link has expired or was already used.{" "}
          <Link href="/forgot-password" className="font-medium underline">
            Send a new reset link
          </Link>
        </FormError>
      )}
    </>
  );
}
