import Link from "next/link";
import type { InventoryRow } from "@/lib/inventory/queries";
import { QuickAdjustForm } from "./quick-adjust-form";

/** Variants with stock and threshold, low ones marked, each with its adjustment form. */
export function InventoryTable({ rows }: { rows: InventoryRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-zinc-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Variants and their stock, low stock first</caption>
        <thead className="border-b border-zinc-200 bg-zinc-50 text-zinc-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Product
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              SKU
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Stock
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Threshold
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Adjust
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.variantId} className="border-b border-zinc-100 align-top last:border-0">
              <th scope="row" className="min-w-48 px-3 py-2 font-medium">
                <Link href={`/admin/inventory/${r.variantId}`} className="underline hover:text-zinc-600">
                  {r.productTitle}
                </Link>
                {r.variantTitle && <span className="block font-normal text-zinc-600">{r.variantTitle}</span>}
                {r.productStatus !== "active" && (
                  <span className="block text-xs font-normal uppercase text-zinc-500">{r.productStatus}</span>
                )}
              </th>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{r.sku}</td>
              <td className="px-3 py-2 text-right tabular-nums">
                <span className={r.low ? "font-semibold text-rose-800" : ""}>{r.stock}</span>
                {r.low && <span className="block text-xs text-rose-800">{r.stock === 0 ? "Sold out" : "Low stock"}</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {r.threshold}
                {r.ownThreshold === null && <span className="block text-xs text-zinc-500">store default</span>}
              </td>
              <td className="px-3 py-2">
                <QuickAdjustForm variantId={r.variantId} sku={r.sku} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
