import { useTranslations } from "next-intl";
import { PreorderNote } from "@/components/orders/preorder-note";
import { useTotalsLabel } from "@/components/orders/use-totals-label";
import { PostalAddressView } from "@/components/ui/address-view";
import { orderShippingAddress } from "@/lib/addresses/format";
import { formatMoney } from "@/lib/money";
import type { StaffOrderView } from "@/lib/orders/queries/staff";
import { formatTotalsAmount, orderTotalsRows } from "@/lib/orders/totals";
import { DataTable } from "@/components/ui/data-table";

/** Lines and totals of the order. */
export function OrderLinesTable({ order, locale }: { order: StaffOrderView; locale: string }) {
  const t = useTranslations("adminOrders.lines");
  const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
  const label = useTotalsLabel(order.shippingMethodName);
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        t("item"),
        t("sku"),
        { label: t("price"), align: "right" },
        { label: t("qty"), align: "right" },
        { label: t("total"), align: "right" },
      ]}
      footer={orderTotalsRows(order, order.discounts).map((row, i) => (
        <tr key={i}>
          <th
            scope="row"
            colSpan={4}
            className={`pr-4 text-right ${row.kind === "total" ? "font-semibold" : "font-normal text-zinc-600"} ${i === 0 ? "pt-3" : ""}`}
          >
            {label(row)}
          </th>
          <td className={`text-right ${row.kind === "total" ? "font-semibold" : ""} ${i === 0 ? "pt-3" : ""}`}>
            {formatTotalsAmount(row, money)}
          </td>
        </tr>
      ))}
    >
      {order.lines.map((l) => (
        <tr key={l.id} className="border-b border-zinc-100">
          <td className="py-2 pr-4">
            {l.productTitle}
            {l.variantTitle && <span className="block text-zinc-600">{l.variantTitle}</span>}
            <PreorderNote shipsOn={l.preorderShipsOn} filledAt={l.preorderFilledAt} staff />
          </td>
          <td className="py-2 pr-4 font-mono text-xs">{l.sku}</td>
          <td className="py-2 pr-4 text-right tabular-nums">{money(l.unitPrice)}</td>
          <td className="py-2 pr-4 text-right tabular-nums">{l.quantity}</td>
          <td className="py-2 text-right tabular-nums">
            {money(l.lineTotal)}
            {l.discount > 0 && (
              <span className="block text-xs text-zinc-600">{t("afterDiscounts", { amount: money(l.lineTotal - l.discount) })}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Contact, shipping address, shipment and payments. */
export function OrderFacts({ order, locale }: { order: StaffOrderView; locale: string }) {
  const t = useTranslations("adminOrders.facts");
  return (
    <div className="flex flex-col gap-5 text-sm">
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="mb-1 font-semibold">
          {t("contact")}
        </h2>
        <p className="break-all">{order.email}</p>
        <p className="text-zinc-600">{order.account ? t("account", { name: order.account.name || order.account.email }) : t("guest")}</p>
        {order.shipPhone && <p>{order.shipPhone}</p>}
      </section>
      <section aria-labelledby="address-heading">
        <h2 id="address-heading" className="mb-1 font-semibold">
          {t("shippingAddress")}
        </h2>
        <PostalAddressView address={orderShippingAddress(order)} phone={false} />
        {order.carrier && (
          <p className="mt-2">
            {t("shipment", { carrier: order.carrier })} <span className="font-mono">{order.trackingNumber}</span>
          </p>
        )}
      </section>
      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading" className="mb-1 font-semibold">
          {t("payments")}
        </h2>
        {order.payments.length === 0 ? (
          <p className="text-zinc-600">{t("noPayment")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {order.payments.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{t(`paymentStatus.${p.status}`)}</span> ·{" "}
                {formatMoney({ amount: p.amount, currency: p.currency }, locale)}{" "}
                {t("via", { provider: p.provider === "test" ? t("testGateway") : p.provider })}
                <span className="block break-all font-mono text-xs text-zinc-500">{p.reference}</span>
                {p.failureMessage && <span className="block text-rose-800">{p.failureMessage}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
