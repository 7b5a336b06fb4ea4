"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessages } from "@/components/cart/action-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/forms/action-state";
import { addSharedCartAction } from "@/lib/sharing/actions";

/** `Add to my cart` for a shared cart, with what was added and what was clamped or skipped. */
export function AddSharedCartForm({ token }: { token: string }) {
  const t = useTranslations("share.cart");
  const [state, add] = useActionState(addSharedCartAction, initialActionState);
  return (
    <form action={add} className="flex max-w-sm flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{t("add")}</SubmitButton>
      <ActionMessages state={state} />
      {state.ok && (
        <Link href="/cart" className="text-sm underline">
          {t("goToCart")}
        </Link>
      )}
    </form>
  );
}
