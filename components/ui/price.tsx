import { useTranslations } from "next-intl";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import { formatMoney, type Money } from "@/lib/money";

/** A price, with the compare-at ("was") price struck through when there is one. */
export function Price({
  price,
  compareAt,
  from = false,
  size = "md",
}: {
  price: Money;
  compareAt?: Money | null;
  from?: boolean;
  size?: "md" | "lg";
}) {
  const t = useTranslations("product.price");
  const locale = usePageLocale();
  const onSale = compareAt && compareAt.amount > price.amount;
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className={`${size === "lg" ? "text-2xl" : "text-base"} font-semibold ${onSale ? "text-sale" : ""}`}>
        {from && <span className="mr-1 text-sm font-normal text-zinc-500">{t("from")}</span>}
        {formatMoney(price, locale)}
      </span>
      {onSale && (
        <>
          <s className="text-sm text-zinc-500">
            <span className="sr-only">{t("was")} </span>
            {formatMoney(compareAt, locale)}
          </s>
          <span className="rounded bg-rose-50 px-1.5 py-0.5 text-xs font-medium text-sale">
            −{Math.round((1 - price.amount / compareAt.amount) * 100)}%
          </span>
        </>
      )}
    </span>
  );
}
