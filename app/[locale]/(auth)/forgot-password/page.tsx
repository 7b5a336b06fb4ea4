import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold tracking-tight">Forgot your password?</h1>
        <p className="text-sm text-zinc-600">Enter your e-mail and we will send you a link to set a new one.</p>
      </div>
      <ForgotPasswordForm />
      <p className="border-t border-zinc-200 pt-4 text-sm">
        <Link href="/sign-in" className="text-zinc-700 underline hover:text-zinc-950">
          Back to sign in
        </Link>
      </p>
    </>
  );
}
