import { countryName } from "@/lib/addresses/countries";
import { formatMoney } from "@/lib/money";
import type { StaffOrderView } from "@/lib/orders/queries/staff";

const PAYMENT_STATUS = { pending: "Pending", succeeded: "Succeeded", failed: "Failed", refunded: "Refunded" } as const;

/** Lines and totals of the order. */
export function OrderLinesTable({ order }: { order: StaffOrderView }) {
  const money = (amount: number) => formatMoney({ amount, currency: order.currency });
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Order lines</caption>
      <thead className="border-b border-zinc-200 text-zinc-600">
        <tr>
          <th scope="col" className="py-2 pr-4 font-medium">
            Item
          </th>
          <th scope="col" className="py-2 pr-4 font-medium">
            SKU
          </th>
          <th scope="col" className="py-2 pr-4 text-right font-medium">
            Price
          </th>
          <th scope="col" className="py-2 pr-4 text-right font-medium">
            Qty
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((l) => (
          <tr key={l.id} className="border-b border-zinc-100">
            <td className="py-2 pr-4">
              {l.productTitle}
              {l.variantTitle && <span className="block text-zinc-600">{l.variantTitle}</span>}
            </td>
            <td className="py-2 pr-4 font-mono text-xs">{l.sku}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{money(l.unitPrice)}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{l.quantity}</td>
            <td className="py-2 text-right tabular-nums">{money(l.lineTotal)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="tabular-nums">
        <tr>
          <th scope="row" colSpan={4} className="pt-3 pr-4 text-right font-normal text-zinc-600">
            Subtotal
          </th>
          <td className="pt-3 text-right">{money(order.subtotal)}</td>
        </tr>
        <tr>
          <th scope="row" colSpan={4} className="pr-4 text-right font-normal text-zinc-600">
            Shipping ({order.shippingMethodName})
          </th>
          <td className="text-right">{money(order.shippingTotal)}</td>
        </tr>
        {order.discountTotal > 0 && (
          <tr>
            <th scope="row" colSpan={4} className="pr-4 text-right font-normal text-zinc-600">
              Discount
            </th>
            <td className="text-right">−{money(order.discountTotal)}</td>
          </tr>
        )}
        <tr>
          <th scope="row" colSpan={4} className="pr-4 text-right font-semibold">
            Total
          </th>
          <td className="text-right font-semibold">{money(order.total)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Contact, shipping address, shipment and payments. */
export function OrderFacts({ order }: { order: StaffOrderView }) {
  return (
    <div className="flex flex-col gap-5 text-sm">
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading" className="mb-1 font-semibold">
          Contact
        </h2>
        <p className="break-all">{order.email}</p>
        <p className="text-zinc-600">{order.account ? `Account: ${order.account.name || order.account.email}` : "Guest checkout"}</p>
        {order.shipPhone && <p>{order.shipPhone}</p>}
      </section>
      <section aria-labelledby="address-heading">
        <h2 id="address-heading" className="mb-1 font-semibold">
          Shipping address
        </h2>
        <address className="not-italic">
          {order.shipName}
          <br />
          {order.shipLine1}
          <br />
          {order.shipPostalCode} {order.shipCity}
          <br />
          {countryName(order.shipCountry)}
        </address>
        {order.carrier && (
          <p className="mt-2">
            {order.carrier} · tracking number <span className="font-mono">{order.trackingNumber}</span>
          </p>
        )}
      </section>
      <section aria-labelledby="payments-heading">
        <h2 id="payments-heading" className="mb-1 font-semibold">
          Payments
        </h2>
        {order.payments.length === 0 ? (
          <p className="text-zinc-600">No payment attempt yet.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {order.payments.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{PAYMENT_STATUS[p.status]}</span> · {formatMoney({ amount: p.amount, currency: p.currency })}{" "}
                via {p.provider === "test" ? "test gateway" : p.provider}
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
