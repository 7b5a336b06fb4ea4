"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { removeLineAction, updateQuantityAction } from "@/lib/cart/actions";
import type { CartLine } from "@/lib/cart/types";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { ActionMessages } from "./action-messages";
import { CartLineItem } from "./cart-line-item";

/**
 * The cart's lines. One form per line for the quantity ("Update") and one for
 * "Remove", both server actions, so they work without JavaScript too. The
 * latest result is shown under its line, or above the list once the line is gone.
 */
export function CartLines({ lines }: { lines: CartLine[] }) {
  const t = useTranslations("cartLine");
  const [updated, update] = useActionState(updateQuantityAction, initialActionState);
  const [removed, remove] = useActionState(removeLineAction, initialActionState);
  // The result to show is the one that changed last; worked out while rendering (no effect),
  // so it is also there when the page is rendered after a form post without JavaScript.
  const [seen, setSeen] = useState(() => ({
    updated,
    removed,
    latest: updated !== initialActionState ? updated : removed,
  }));
  if (seen.updated !== updated || seen.removed !== removed) {
    setSeen({ updated, removed, latest: seen.updated !== updated ? updated : removed });
  }
  const latest: ActionState = seen.latest;

  const aboutLine = Number(latest.values?.lineId);
  const lineShown = lines.some((l) => l.id === aboutLine);
  return (
    <div className="flex flex-col gap-4">
      {!lineShown && <ActionMessages state={latest} />}
      <ul aria-label={t("itemsLabel")} className="divide-y divide-zinc-200 border-y border-zinc-200">
        {lines.map((line) => (
          <CartLineItem
            key={`${line.id}:${line.quantity}`}
            line={line}
            update={update}
            remove={remove}
            state={line.id === aboutLine ? latest : null}
          />
        ))}
      </ul>
    </div>
  );
}
