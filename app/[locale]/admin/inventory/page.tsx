import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { ExportCsvLink } from "@/components/admin/export-csv-link";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { inventoryFilterQuery, inventoryListHref, parseInventoryListParams } from "@/lib/inventory/list-params";
import { listInventory } from "@/lib/inventory/queries";
import { InventoryTable } from "./_components/inventory-table";

export const metadata: Metadata = { title: "Inventory" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminInventoryPage({ searchParams }: Props) {
  await requireStaffPage("/admin/inventory");
  const { q, lowOnly, page } = parseInventoryListParams(await searchParams);
  const exportQuery = inventoryFilterQuery({ q, lowOnly });
  const result = await listInventory({ q, lowOnly, page });
  return (
    <>
      <PageHeader
        title="Inventory"
        description={`${result.total} variant${result.total === 1 ? "" : "s"}${lowOnly ? " at or below their low-stock threshold" : ""}. Store default threshold: ${result.storeThreshold}.`}
      >
        <ExportCsvLink href={`/admin/reports/stock${exportQuery ? `?${exportQuery}` : ""}`} />
      </PageHeader>
      <form
        method="get"
        action="/admin/inventory"
        role="search"
        aria-label="Filter inventory"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <div className="space-y-1">
          <label htmlFor="inventory-q" className="block text-sm font-medium">
            Search
          </label>
          <input
            id="inventory-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Product or SKU"
            className="w-64 rounded-lg border border-zinc-400 px-3 py-2 text-sm"
          />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="inventory-low" name="low" type="checkbox" value="1" defaultChecked={lowOnly} className="h-4 w-4" />
          <label htmlFor="inventory-low" className="text-sm font-medium">
            Low stock only
          </label>
        </div>
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          Filter
        </button>
        <Link href="/admin/inventory" className="pb-2 text-sm underline">
          Clear filters
        </Link>
      </form>
      <p className="mb-4 text-sm text-zinc-600">
        An adjustment is a signed change: <strong>12</strong> adds twelve, <strong>-3</strong> takes three out. For a stocktake, open the
        variant and enter the quantity you counted; the difference is recorded. Every change, including orders, cancellations and refunds,
        is in the variant&apos;s history.
      </p>
      {result.rows.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {q || lowOnly ? "No variants match these filters." : "No variants yet."}
        </p>
      ) : (
        <InventoryTable rows={result.rows} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => inventoryListHref({ q, lowOnly }, p)} />
    </>
  );
}
