import Link from "next/link";
import type { LatestOrder, LowStockVariant, TopProduct } from "@/lib/analytics/queries";
import { STATUS_LABELS } from "@/lib/orders/transitions";
import { formatCount, money } from "./dashboard-format";

const th = "py-2 pr-3 font-medium";
const td = "py-2 pr-3";
const empty = "rounded-lg bg-zinc-50 p-4 text-sm text-zinc-600";
const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function TopProductsTable({ products, currency }: { products: TopProduct[]; currency: string }) {
  if (products.length === 0) return <p className={empty}>No products sold in this period.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Best-selling products in this period, by revenue</caption>
      <thead className="border-b border-zinc-200 text-zinc-600">
        <tr>
          <th scope="col" className={th}>
            Product
          </th>
          <th scope="col" className={`${th} text-right`}>
            Units
          </th>
          <th scope="col" className={`${th} pr-0 text-right`}>
            Revenue
          </th>
        </tr>
      </thead>
      <tbody>
        {products.map((p) => (
          <tr key={`${p.productId}-${p.title}`} className="border-b border-zinc-100 last:border-0">
            <th scope="row" className={`${td} font-normal`}>
              {p.productId ? (
                <Link href={`/admin/products/${p.productId}`} className="hover:underline">
                  {p.title}
                </Link>
              ) : (
                p.title
              )}
            </th>
            <td className={`${td} text-right tabular-nums`}>{formatCount(p.units)}</td>
            <td className={`${td} pr-0 text-right tabular-nums`}>{money(p.revenue, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LowStockTable({ variants }: { variants: LowStockVariant[] }) {
  if (variants.length === 0) return <p className={empty}>Every variant is above its low-stock threshold.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">Variants at or below their low-stock threshold, lowest stock first</caption>
        <thead className="border-b border-zinc-200 text-zinc-600">
          <tr>
            <th scope="col" className={th}>
              SKU
            </th>
            <th scope="col" className={th}>
              Product
            </th>
            <th scope="col" className={`${th} text-right`}>
              Stock
            </th>
            <th scope="col" className={`${th} hidden whitespace-nowrap pr-0 text-right sm:table-cell`}>
              Alert at
            </th>
          </tr>
        </thead>
        <tbody>
          {variants.map((v) => (
            <tr key={v.sku} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className={`${td} font-normal`}>
                <Link
                  href={`/admin/inventory?q=${encodeURIComponent(v.sku)}`}
                  className="whitespace-nowrap font-mono text-xs underline hover:text-zinc-600"
                >
                  {v.sku}
                </Link>
              </th>
              <td className={td}>
                {v.productTitle}
                {v.options ? <span className="text-zinc-500"> · {v.options}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap text-right tabular-nums sm:pr-3`}>
                {v.stock === 0 ? (
                  <span className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800">Out of stock</span>
                ) : (
                  formatCount(v.stock)
                )}
              </td>
              <td className={`${td} hidden pr-0 text-right tabular-nums text-zinc-600 sm:table-cell`}>{formatCount(v.threshold)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LatestOrdersTable({ orders }: { orders: LatestOrder[] }) {
  if (orders.length === 0) return <p className={empty}>No orders yet. They appear here as soon as shoppers check out.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">The newest orders</caption>
        <thead className="border-b border-zinc-200 text-zinc-600">
          <tr>
            <th scope="col" className={th}>
              Order
            </th>
            <th scope="col" className={th}>
              Placed (UTC)
            </th>
            <th scope="col" className={th}>
              Customer
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={`${th} pr-0 text-right`}>
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.number} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className={`${td} whitespace-nowrap font-medium`}>
                <Link href={`/admin/orders/${o.number}`} className="underline hover:text-zinc-600">
                  {o.number}
                </Link>
              </th>
              <td className={`${td} whitespace-nowrap`}>
                <time dateTime={o.createdAt.toISOString()}>{when.format(o.createdAt)}</time>
              </td>
              <td className={`${td} max-w-[14rem] truncate`}>{o.email}</td>
              <td className={td}>
                <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-800">{STATUS_LABELS[o.status]}</span>
              </td>
              <td className={`${td} pr-0 text-right tabular-nums`}>{money(o.total, o.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
