import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { LatestOrder, LowStockVariant, TopProduct } from "@/lib/analytics/queries";
import { formatCount, formatPlaced, money } from "./dashboard-format";
import { DataTable } from "@/components/ui/data-table";

const td = "py-2 pr-4";

export async function TopProductsTable({ products, currency }: { products: TopProduct[]; currency: string }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.topProducts"), getLocale()]);
  return (
    <DataTable
      caption={t("caption")}
      rowCount={products.length}
      empty={t("empty")}
      columns={[t("product"), { label: t("units"), align: "right" }, { label: t("revenue"), align: "right", className: "pr-0" }]}
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
          <td className={`${td} text-right tabular-nums`}>{formatCount(p.units, locale)}</td>
          <td className={`${td} pr-0 text-right tabular-nums`}>{money(p.revenue, currency, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export async function LowStockTable({ variants }: { variants: LowStockVariant[] }) {
  const [t, locale] = await Promise.all([getTranslations("adminDashboard.lowStock"), getLocale()]);
  return (
    <DataTable
      caption={t("caption")}
      rowCount={variants.length}
      empty={t("empty")}
      className="min-w-[20rem]"
      columns={[
        t("sku"),
        t("product"),
        { label: t("stock"), align: "right" },
        { label: t("alertAt"), align: "right", className: "hidden whitespace-nowrap pr-0 sm:table-cell" },
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
              <span className="rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-800">{t("outOfStock")}</span>
            ) : (
              formatCount(v.stock, locale)
            )}
          </td>
          <td className={`${td} hidden pr-0 text-right tabular-nums text-zinc-600 sm:table-cell`}>{formatCount(v.threshold, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export async function LatestOrdersTable({ orders }: { orders: LatestOrder[] }) {
  const [t, status, locale] = await Promise.all([getTranslations("adminDashboard.latest"), getTranslations("orderStatus"), getLocale()]);
  return (
    <DataTable
      caption={t("caption")}
      rowCount={orders.length}
      empty={t("empty")}
      className="min-w-[32rem]"
      columns={[t("order"), t("placed"), t("customer"), t("status"), { label: t("total"), align: "right", className: "pr-0" }]}
    >
      {orders.map((o) => (
        <tr key={o.number} className="border-b border-zinc-100 last:border-0">
          <th scope="row" className={`${td} whitespace-nowrap font-medium`}>
            <Link href={`/admin/orders/${o.number}`} className="underline hover:text-zinc-600">
              {o.number}
            </Link>
          </th>
          <td className={`${td} whitespace-nowrap`}>
            <time dateTime={o.createdAt.toISOString()}>{formatPlaced(o.createdAt, locale)}</time>
          </td>
          <td className={`${td} max-w-[14rem] truncate`}>{o.email}</td>
          <td className={td}>
            {/* messages: orderStatus.* */}
            <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-800">{status(o.status)}</span>
          </td>
          <td className={`${td} pr-0 text-right tabular-nums`}>{money(o.total, o.currency, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
