import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Price } from "@/components/ui/price";
import type { FlashSaleView } from "@/lib/promotions/flash-sales";
import { SaleTime } from "./sale-time";
import { UnitsLeft } from "./units-left";

/** One flash sale on /deals: the sale price with the regular one struck through, units left, and when it ends (or starts). */
export function DealCard({ sale, upcoming = false, serverNow }: { sale: FlashSaleView; upcoming?: boolean; serverNow: string }) {
  const t = useTranslations("deals");
  const soldOut = !upcoming && sale.remaining === 0;
  return (
    <article className="group relative flex flex-col gap-2" aria-labelledby={`deal-${sale.id}`}>
      <div className="relative aspect-square overflow-hidden rounded-xl bg-zinc-100">
        {sale.image && (
          <img
            src={sale.image.url}
            alt=""
            width={sale.image.width}
            height={sale.image.height}
            loading="lazy"
            className={`h-full w-full object-cover transition group-hover:scale-[1.03] ${soldOut ? "opacity-50" : ""}`}
          />
        )}
        <span className="absolute left-2 top-2 rounded-full bg-rose-600 px-2 py-0.5 text-xs font-semibold text-white">
          {t("flashSale")}
        </span>
      </div>
      <div className="flex flex-col gap-1">
        <h3 id={`deal-${sale.id}`} className="line-clamp-2 text-sm font-medium">
          <Link href={`/p/${sale.productSlug}?variant=${sale.variantId}`} className="after:absolute after:inset-0">
            {sale.productTitle}
            {sale.variantTitle && <span className="text-zinc-500"> — {sale.variantTitle}</span>}
          </Link>
        </h3>
        <Price price={sale.salePrice} compareAt={sale.price} />
        <p className="text-xs text-zinc-600">
          {upcoming ? t("units.cap", { count: sale.quantityCap }) : <UnitsLeft remaining={sale.remaining} />} ·{" "}
          {t("limit", { count: sale.perCustomerLimit })}
        </p>
        <p className="text-xs text-zinc-700">
          <SaleTime at={upcoming ? sale.startsAt : sale.endsAt} kind={upcoming ? "starts" : "ends"} serverNow={serverNow} />
        </p>
      </div>
    </article>
  );
}
