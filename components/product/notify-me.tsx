"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import type { MeResponse } from "@/lib/accounts/types";
import { notifyMeAction } from "@/lib/back-in-stock/actions";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * `Notify me` under a sold-out variant: one click for a signed-in shopper (their
 * own address), an `Email` field for guests. The page is cached HTML for
 * everyone, so whether somebody is signed in is asked here (/api/me).
 */
export function NotifyMe({ variantId }: { variantId: number }) {
  const t = useTranslations("product.notify");
  const [state, action, pending] = useActionState(notifyMeAction, initialActionState);
  // null until known; a failed look-up shows the field (the server ignores it for a signed-in shopper).
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<MeResponse>) : null))
      .then((me) => setSignedIn(!!me?.user))
      .catch(() => controller.signal.aborted || setSignedIn(false));
    return () => controller.abort();
  }, []);

  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4" noValidate>
      <p className="text-sm text-zinc-700">{t("intro")}</p>
      <input type="hidden" name="variantId" value={variantId} />
      {signedIn === false && (
        <TextField
          name="email"
          label={t("email")}
          type="email"
          autoComplete="email"
          required
          defaultValue={state.values?.email}
          error={state.fieldErrors?.email}
        />
      )}
      <div>
        <button
          type="submit"
          disabled={pending || signedIn === null}
          aria-busy={pending || undefined}
          className="rounded-full border border-zinc-900 px-5 py-2.5 text-sm font-medium hover:bg-zinc-50 disabled:opacity-60"
        >
          {t("submit")}
        </button>
      </div>
      <FormError>{state.error}</FormError>
      <div role="status" className="text-sm">
        {state.ok && <p className="rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900">{state.message}</p>}
      </div>
    </form>
  );
}
