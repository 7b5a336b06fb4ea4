"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { confirmTestWalletAction } from "@/lib/payments/test-gateway/actions";
import { MethodIconImage } from "./method-icon";

/** The test wallet's page: a payment method without a card, where the shopper only confirms. */
export function TestWalletForm({ paymentId }: { paymentId: string }) {
  const t = useTranslations("paymentForm");
  const [state, action] = useActionState(confirmTestWalletAction.bind(null, paymentId), initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormError>{state.error}</FormError>
      <p className="flex items-center gap-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm">
        <MethodIconImage icon="wallet" />
        {t("walletHint")}
      </p>
      <SubmitButton>{t("confirmWallet")}</SubmitButton>
    </form>
  );
}
