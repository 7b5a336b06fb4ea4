"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useId } from "react";
import { Price } from "@/components/ui/price";
import type { CartLine } from "@/lib/cart/types";
import type { ActionState } from "@/lib/forms/action-state";
import { formatMoney } from "@/lib/money";
import { MAX_PER_LINE } from "@/lib/cart/pricing";
import { ActionMessages } from "./action-messages";

type Props = {
  line: CartLine;
  update: (form: FormData) => void;
  remove: (form: FormData) => void;
  /** the latest action's result when it was about this line */
  state: ActionState | null;
};

/** One line: picture, product, variant, unit price, quantity, total, notices and actions. */
export function CartLineItem({ line, update, remove, state }: Props) {
  const t = useTranslations("cartLine");
  const locale = useLocale();
  const format = useFormatter();
  const titleId = useId();
  const money = (amount: number) => ({ amount, currency: line.currency });
  const typed = state?.values?.quantity;
  return (
    <li className="grid grid-cols-[5rem_1fr] gap-x-4 gap-y-3 py-5 sm:grid-cols-[6rem_1fr_auto]">
      <div className="aspect-square w-20 overflow-hidden rounded-lg bg-zinc-100 sm:w-24">
        {line.imageUrl && <img src={line.imageUrl} alt="" width={96} height={96} className="h-full w-full object-cover" />}
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <h2 id={titleId} className="font-medium">
          {line.available ? (
            <Link href={`/p/${line.productSlug}?variant=${line.variantId}`} className="hover:underline">
              {line.productTitle}
            </Link>
          ) : (
            line.productTitle
          )}
        </h2>
        {line.variantTitle && <p className="text-sm text-zinc-600">{line.variantTitle}</p>}
        <p className="text-sm">
          <span className="sr-only">{t("price")} </span>
          <Price price={money(line.unitPrice)} compareAt={line.compareAtPrice === null ? null : money(line.compareAtPrice)} />
          <span className="text-zinc-500"> {t("each")}</span>
        </p>
        {line.preorderShipsOn && (
          <p className="text-sm font-medium text-sky-800">
            {t("preorder", {
              date: format.dateTime(new Date(`${line.preorderShipsOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
            })}
          </p>
        )}
        {line.notice && (
          <p role="alert" className="text-sm font-medium text-amber-800">
            {line.notice.message}
          </p>
        )}
      </div>
      <div className="col-span-2 flex flex-wrap items-end justify-between gap-3 sm:col-span-1 sm:col-start-3 sm:row-start-1 sm:flex-col sm:items-end sm:justify-start">
        <p className="font-semibold sm:order-first sm:text-right">
          <span className="sr-only">{t("lineTotal")} </span>
          {line.purchasable ? formatMoney(money(line.lineTotal), locale) : "—"}
        </p>
        {line.purchasable && (
          <form action={update} className="flex items-end gap-2">
            <input type="hidden" name="lineId" value={line.id} />
            <label className="flex flex-col gap-1 text-xs font-medium text-zinc-600">
              {t("quantity")}
              <input
                type="number"
                name="quantity"
                min={0}
                max={MAX_PER_LINE}
                defaultValue={typed ?? line.quantity}
                inputMode="numeric"
                aria-describedby={titleId}
                className="w-20 rounded-lg border border-zinc-300 px-2 py-2 text-base text-zinc-900"
              />
            </label>
            <button
              type="submit"
              aria-describedby={titleId}
              className="rounded-full border border-zinc-400 px-3 py-2 text-sm font-medium hover:bg-zinc-50"
            >
              {t("update")}
            </button>
          </form>
        )}
        <form action={remove}>
          <input type="hidden" name="lineId" value={line.id} />
          <button type="submit" aria-describedby={titleId} className="px-1 py-2 text-sm text-zinc-600 underline hover:text-zinc-900">
            {t("remove")}
          </button>
        </form>
      </div>
      {state && (
        <div className="col-span-2 sm:col-span-3">
          <ActionMessages state={state} />
        </div>
      )}
    </li>
  );
}
