import { useTranslations } from "next-intl";
import { SaleTime } from "@/components/promotions/sale-time";
import { UnitsLeft } from "@/components/promotions/units-left";
import { Price } from "@/components/ui/price";
import type { FlashSaleView } from "@/lib/promotions/flash-sales";

/** The chosen variant's running flash sale, in place of its price: flash price, regular price struck through, limit, units left, end. */
export function FlashSaleOffer({ sale }: { sale: FlashSaleView }) {
  const t = useTranslations("deals");
  return (
    <div className="flex flex-col gap-1.5 rounded-xl border border-rose-200 bg-rose-50/60 p-3">
      <p>
        <span className="rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">{t("flashSale")}</span>
      </p>
      <Price price={sale.salePrice} compareAt={sale.price} size="lg" />
      <p className="text-sm text-zinc-700">
        <UnitsLeft remaining={sale.remaining} /> · {t("limitAtPrice", { count: sale.perCustomerLimit })}
      </p>
      <p className="text-sm text-zinc-700">
        <SaleTime at={sale.endsAt} kind="ends" />
      </p>
    </div>
  );
}
