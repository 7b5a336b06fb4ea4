"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyCouponAction, removeCouponAction } from "@/lib/cart/actions";
import { initialActionState } from "@/lib/forms/action-state";
import { ActionMessages } from "./action-messages";

/** `Coupon code` + `Apply`; once applied, the code with `Remove coupon` and, when it stopped applying, why. */
export function CouponForm({ applied, problem }: { applied: string | null; problem: string | null }) {
  const t = useTranslations("cartLine");
  const [applyState, apply] = useActionState(applyCouponAction, initialActionState);
  const [removeState, remove] = useActionState(removeCouponAction, initialActionState);
  if (applied) {
    return (
      <div className="flex flex-col gap-2 text-sm">
        <p>{t.rich("coupon", { code: applied.toUpperCase(), strong: (c) => <strong>{c}</strong> })}</p>
        {problem && (
          <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
            {problem}
          </p>
        )}
        <form action={remove}>
          <SubmitButton variant="secondary">{t("removeCoupon")}</SubmitButton>
        </form>
        <ActionMessages state={applyState.ok ? applyState : null} />
      </div>
    );
  }
  return (
    <form action={apply} className="flex flex-col gap-2" noValidate>
      <TextField
        name="code"
        label={t("couponCode")}
        autoComplete="off"
        autoCapitalize="characters"
        defaultValue={applyState.values?.code}
        error={applyState.fieldErrors?.code}
      />
      <SubmitButton variant="secondary">{t("apply")}</SubmitButton>
      <ActionMessages
        state={applyState.fieldErrors?.code ? { ...applyState, error: undefined } : applyState.error ? applyState : removeState}
      />
    </form>
  );
}
