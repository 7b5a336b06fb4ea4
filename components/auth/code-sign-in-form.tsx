"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestCodeAction } from "@/lib/auth/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { EmailField } from "./auth-fields";
import { CodeStep } from "./code-step";

/** Step 1 asks for the e-mail and sends a code; step 2 (same page) takes the code. */
export function CodeSignInForm({ next, restartHref }: { next: string; restartHref: string }) {
  const [sent, requestCode] = useActionState(requestCodeAction, initialActionState);
  const t = useTranslations("authForms");
  const email = sent.values?.email ?? "";

  if (!sent.ok && sent.values?.resend !== "1") {
    return (
      <form action={requestCode} className="space-y-4" noValidate>
        <FormError>{sent.error}</FormError>
        <EmailField defaultValue={email} error={sent.fieldErrors?.email} />
        <SubmitButton>{t("sendCode")}</SubmitButton>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      {sent.ok ? <FormStatus>{sent.message}</FormStatus> : <FormError>{sent.error}</FormError>}
      <CodeStep email={email} next={next}>
        <form action={requestCode} className="flex flex-wrap items-center gap-3 text-sm">
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="resend" value="1" />
          <SubmitButton variant="secondary">{t("sendNewCode")}</SubmitButton>
          <Link href={restartHref} className="text-zinc-700 underline hover:text-zinc-950">
            {t("differentEmail")}
          </Link>
        </form>
      </CodeStep>
    </div>
  );
}
