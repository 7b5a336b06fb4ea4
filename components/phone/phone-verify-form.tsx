"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError, FormStatus } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { requestPhoneVerificationAction, verifyPhoneAction } from "@/lib/auth/phone/actions";
import { initialActionState } from "@/lib/forms/action-state";

/** Account page: texts a code to a number, then proves it; the page then shows the number as verified. */
export function PhoneVerifyForm({ countryName }: { countryName: string }) {
  const t = useTranslations("phone");
  const [sent, requestCode] = useActionState(requestPhoneVerificationAction, initialActionState);
  const [verified, verify] = useActionState(verifyPhoneAction, initialActionState);
  const phone = sent.values?.phone ?? "";
  if (verified.ok) return <FormStatus>{verified.message}</FormStatus>;
  if (!sent.ok) {
    return (
      <form action={requestCode} className="space-y-3" noValidate>
        <FormError>{sent.error}</FormError>
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
        <SubmitButton variant="secondary">{t("form.sendCode")}</SubmitButton>
      </form>
    );
  }
  return (
    <form action={verify} className="space-y-3" noValidate>
      <FormStatus>{sent.message}</FormStatus>
      <FormError>{verified.error}</FormError>
      <input type="hidden" name="phone" value={phone} />
      <TextField
        name="code"
        label={t("form.code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        maxLength={7}
        hint={t("form.codeHint", { phone })}
        error={verified.fieldErrors?.code}
        className="font-mono tracking-widest"
      />
      <SubmitButton variant="secondary">{t("form.verify")}</SubmitButton>
    </form>
  );
}
