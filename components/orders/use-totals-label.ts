import { useTranslations } from "next-intl";
import type { OrderTotalsRow } from "@/lib/orders/totals";

/**
 * A totals row's label in the page's language, for the shopper's order page and the back office's.
 * The rows' own English labels are the e-mails' and the invoice's; a promotion's or coupon's label stays as named.
 */
export function useTotalsLabel(shippingMethodName: string): (row: OrderTotalsRow) => string {
  const t = useTranslations("orders");
  return (row) =>
    row.kind === "discount"
      ? row.label === "Discount"
        ? t("totals.discount")
        : row.label
      : row.kind === "shipping"
        ? t("totals.shipping", { method: shippingMethodName })
        : t(`totals.${row.kind}`);
}
