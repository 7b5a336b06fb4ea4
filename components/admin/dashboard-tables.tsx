import { Link } from "@/lib/i18n/navigation";
import type { LatestOrder, LowStockVariant, TopProduct } from "@/lib/analytics/queries";
import { STATUS_LABELS } from "@/lib/orders/transitions";
import { formatCount, money } from "./dashboard-format";
import { DataTable } from "@/components/ui/data-table";

const td = "py-2 pr-4";
const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function TopProductsTable({ products, currency }: { products: TopProduct[]; currency: string }) {
  return (
    <DataTable
      caption="Best-selling products in this period, by revenue"
      rowCount={products.length}
      empty="No products sold in this period."
      columns={["Product", { label: "Units", align: "right" }, { label: "Revenue", align: "right", className: "pr-0" }]}
    >
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
    </DataTable>
  );
}

export function LowStockTable({ variants }: { variants: LowStockVariant[] }) {
  return (
    <DataTable
      caption="Variants at or below their low-stock threshold, lowest stock first"
      rowCount={variants.length}
      empty="Every variant is above its low-stock threshold."
      className="min-w-[20rem]"
      columns={[
        "SKU",
        "Product",
        { label: "Stock", align: "right" },
        { label: "Alert at", align: "right", className: "hidden whitespace-nowrap pr-0 sm:table-cell" },
      ]}
    >
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
          <td className={`${td} whitespace-nowrap text-right tabular-nums sm:pr-4`}>
            {v.stock === 0 ? (
              <span className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800">Out of stock</span>
            ) : (
              formatCount(v.stock)
            )}
          </td>
          <td className={`${td} hidden pr-0 text-right tabular-nums text-zinc-600 sm:table-cell`}>{formatCount(v.threshold)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function LatestOrdersTable({ orders }: { orders: LatestOrder[] }) {
  return (
    <DataTable
      caption="The newest orders"
      rowCount={orders.length}
      empty="No orders yet. They appear here as soon as shoppers check out."
      className="min-w-[32rem]"
      columns={["Order", "Placed (UTC)", "Customer", "Status", { label: "Total", align: "right", className: "pr-0" }]}
    >
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
    </DataTable>
  );
}
