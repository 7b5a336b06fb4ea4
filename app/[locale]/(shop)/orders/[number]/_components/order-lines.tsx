import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Fragment } from "react";
import { PreorderNote } from "@/components/orders/preorder-note";
import { useTotalsLabel } from "@/components/orders/use-totals-label";
import { formatMoney } from "@/lib/money";
import type { OrderView } from "@/lib/orders/queries";
import { orderTotalsRows, type OrderTotalsRow } from "@/lib/orders/totals";

const REVIEWABLE = new Set(["delivered", "completed"]);

/** What was bought, at the prices of the moment of the order, and the totals. */
export function OrderLines({ order }: { order: OrderView }) {
  const t = useTranslations("orders");
  const locale = useLocale();
  const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
  const label = useTotalsLabel(order.shippingMethodName);
  const amount = (row: OrderTotalsRow) =>
    row.kind === "discount" ? `−${money(row.amount)}` : row.kind === "shipping" && row.amount === 0 ? t("totals.free") : money(row.amount);
  const reviewable = REVIEWABLE.has(order.status);
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading" className="mb-2 text-lg font-semibold">
        {t("items.heading")}
      </h2>
      <ul className="divide-y divide-zinc-100 border-y border-zinc-100">
        {order.lines.map((l) => (
          <li key={l.id} className="flex gap-3 py-3 text-sm">
            {l.imageUrl && <img src={l.imageUrl} alt="" width={56} height={56} className="h-14 w-14 rounded object-cover" />}
            <div className="flex-1">
              <Link href={`/p/${l.productSlug}`} className="font-medium hover:underline">
                {l.productTitle}
              </Link>
              {l.variantTitle && <p className="text-zinc-600">{l.variantTitle}</p>}
              <PreorderNote shipsOn={l.preorderShipsOn} filledAt={l.preorderFilledAt} />
              <p className="text-zinc-600">{t("items.quantityPrice", { quantity: l.quantity, price: money(l.unitPrice), sku: l.sku })}</p>
              {reviewable && !l.reviewed && (
                <Link href={`/orders/${order.number}/review/${l.id}`} className="mt-1 inline-block font-medium underline">
                  {t.rich("items.writeReview", {
                    product: l.productTitle,
                    hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                  })}
                </Link>
              )}
            </div>
            <p className="font-medium">{money(l.lineTotal)}</p>
          </li>
        ))}
      </ul>
      <dl className="ml-auto mt-3 grid max-w-xs grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        {orderTotalsRows(order, order.discounts).map((row, i) => {
          const strong = row.kind === "total" ? "text-base font-semibold" : row.kind === "discount" ? "text-emerald-800" : "";
          return (
            <Fragment key={i}>
              <dt className={strong}>{label(row)}</dt>
              <dd className={`text-right ${strong}`}>{amount(row)}</dd>
            </Fragment>
          );
        })}
      </dl>
    </section>
  );
}
