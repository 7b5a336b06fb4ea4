"use client";

import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { addToCartAction } from "@/lib/cart/actions";
import { announceCartChanged } from "@/lib/cart/events";
import { MAX_PER_LINE } from "@/lib/cart/pricing";
import type { VariantView } from "@/lib/catalog/types";
import { isPurchasable } from "@/lib/catalog/variant-selection";
import { initialActionState } from "@/lib/forms/action-state";

/**
 * Quantity and "Add to cart" for the chosen variant. Posts a server action
 * (the page around it is cached HTML); stock and price are checked there.
 */
export function AddToCart({ variant, describedBy }: { variant: VariantView | null; describedBy?: string }) {
  const t = useTranslations("product.buy");
  const [state, action, pending] = useActionState(addToCartAction, initialActionState);
  useEffect(() => {
    if (state.ok) announceCartChanged();
  }, [state]);
  const soldOut = !variant || !isPurchasable(variant);

  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="variantId" value={variant?.id ?? ""} />
      <div className="flex items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("quantity")}
          <input
            type="number"
            name="quantity"
            min={1}
            max={MAX_PER_LINE}
            defaultValue={state.values?.quantity ?? 1}
            inputMode="numeric"
            disabled={soldOut}
            aria-invalid={state.fieldErrors?.quantity ? true : undefined}
            className="w-20 rounded-lg border border-zinc-300 px-3 py-2.5 disabled:bg-zinc-100"
          />
        </label>
        <button
          type="submit"
          disabled={soldOut || pending}
          aria-busy={pending || undefined}
          aria-describedby={soldOut ? describedBy : undefined}
          className="flex-1 rounded-full bg-zinc-900 px-6 py-3 font-medium text-white hover:bg-zinc-700 disabled:cursor-not-allowed disabled:bg-zinc-300 disabled:text-zinc-600 sm:flex-none"
        >
          {t("addToCart")}
        </button>
      </div>
      {state.error && (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {state.error}
        </p>
      )}
      <div role="status" className="text-sm">
        {state.ok && (
          <p className="flex items-center gap-3 rounded-lg bg-emerald-50 px-3 py-2 text-emerald-900">
            {state.message}
            <Link href="/cart" className="font-medium underline">
              {t("viewCart")}
            </Link>
          </p>
        )}
      </div>
    </form>
  );
}
