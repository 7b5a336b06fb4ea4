"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { enrolTwoFactorAction, type EnrolState } from "@/lib/auth/two-factor/actions";

/** A new secret to set up, or null once two-factor is on (then how many recovery codes are left). */
export type Setup = { enrolment: string; secret: string; qrSvg: string } | null;
type Props = { setup: Setup; codesLeft: number; next: string };

/**
 * Enrolment: the QR code and the same secret as text (the setup key), then the
 * first code from the app. Once confirmed, the recovery codes are shown once:
 * the page re-renders as "on" after the action, so this component stays
 * mounted in both states to keep them.
 */
export function TwoFactorEnrolForm({ setup, codesLeft, next }: Props) {
  const t = useTranslations("authForms");
  const [state, action] = useActionState(enrolTwoFactorAction, {} as EnrolState);
  if (state.ok && state.recoveryCodes) {
    return (
      <div className="space-y-4">
        <FormStatus>{state.message}</FormStatus>
        <section aria-labelledby="recovery-codes" className="space-y-2">
          <h2 id="recovery-codes" className="font-semibold">
            {t("recoveryCodes")}
          </h2>
          <p className="text-sm text-zinc-700">{t("recoveryCodesIntro")}</p>
          <ul className="grid grid-cols-2 gap-2 rounded-lg bg-zinc-100 p-3 font-mono text-sm">
            {state.recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
        <Link
          href={state.next ?? "/admin"}
          className="inline-block rounded-full bg-zinc-900 px-4 py-2.5 font-medium text-white hover:bg-zinc-700"
        >
          {t("continue")}
        </Link>
      </div>
    );
  }
  if (!setup) {
    return (
      <div className="space-y-3 text-sm text-zinc-700">
        <p>{t("codesLeft", { count: codesLeft })}</p>
        <Link href={next} className="underline">
          {t("back")}
        </Link>
      </div>
    );
  }
  const { enrolment, secret, qrSvg } = setup;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <input type="hidden" name="enrolment" value={enrolment} />
      <input type="hidden" name="next" value={next} />
      <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
        {/* Drawn on the server by qrcode: paths only, no script; inline so no image source is needed. */}
        <div role="img" aria-label={t("qrCode")} className="size-44 shrink-0" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p className="text-sm text-zinc-700">
          {t("scan")}
          <span className="mt-2 block">
            {t("setupKey")} <code className="break-all rounded bg-zinc-100 px-1 font-mono text-zinc-900">{secret}</code>
          </span>
        </p>
      </div>
      <TextField
        name="code"
        label={t("authCode")}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        hint={t("enrolHint")}
        error={state.fieldErrors?.code}
      />
      <SubmitButton>{t("verify")}</SubmitButton>
    </form>
  );
}
