"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { requestPhoneCodeAction, signInWithPhoneCodeAction } from "@/lib/auth/phone/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  mode: "sign-in" | "sign-up";
  next: string;
  restartHref: string;
  /** The default country's name in the page's language, for the number's hint. */
  countryName: string;
};

/**
 * Step 1 takes the mobile number (and, to sign up, a name) and texts a code;
 * step 2 (same page) takes the code and signs in, creating the account on first use.
 */
export function PhoneCodeForm({ mode, next, restartHref, countryName }: Props) {
  const t = useTranslations("phone");
  const [sent, requestCode] = useActionState(requestPhoneCodeAction, initialActionState);
  const [result, signInWithCode] = useActionState(signInWithPhoneCodeAction, initialActionState);
  const phone = sent.values?.phone ?? "";
  const name = sent.values?.name ?? "";

  if (!sent.ok && sent.values?.resend !== "1") {
    return (
      <form action={requestCode} className="space-y-4" noValidate>
        <FormError>{sent.error}</FormError>
        {mode === "sign-up" && (
          <TextField
            name="name"
            label={t("form.name")}
            autoComplete="name"
            maxLength={100}
            defaultValue={name}
            error={sent.fieldErrors?.name}
          />
        )}
        <TextField
          name="phone"
          label={t("form.mobileNumber")}
          type="tel"
          autoComplete="tel"
          required
          maxLength={32}
          defaultValue={phone}
          hint={t("form.phoneHint", { country: countryName })}
          error={sent.fieldErrors?.phone}
        />
        <SubmitButton>{t("form.sendCode")}</SubmitButton>
      </form>
    );
  }
  return (
    <div className="space-y-4">
      {sent.ok ? <FormStatus>{sent.message}</FormStatus> : <FormError>{sent.error}</FormError>}
      <form action={signInWithCode} className="space-y-4" noValidate>
        <FormError>{result.error}</FormError>
        <input type="hidden" name="phone" value={phone} />
        <input type="hidden" name="name" value={name} />
        <input type="hidden" name="next" value={next} />
        <TextField
          name="code"
          label={t("form.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={7}
          hint={t("form.codeHint", { phone })}
          error={result.fieldErrors?.code}
          className="font-mono tracking-widest"
        />
        <SubmitButton>{mode === "sign-up" ? t("form.createAccount") : t("form.signIn")}</SubmitButton>
      </form>
      <form action={requestCode} className="flex flex-wrap items-center gap-3 text-sm">
        <input type="hidden" name="phone" value={phone} />
        <input type="hidden" name="name" value={name} />
        <input type="hidden" name="resend" value="1" />
        <SubmitButton variant="secondary">{t("form.sendNewCode")}</SubmitButton>
        <Link href={restartHref} className="text-zinc-700 underline hover:text-zinc-950">
          {t("form.differentNumber")}
        </Link>
      </form>
    </div>
  );
}
