import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { returnStatus, type ReturnStatus } from "@/db/schema";
import { requireStaffPage } from "@/lib/auth/staff";
import { listReturnsForStaff } from "@/lib/returns/queries";
import { RETURN_STATUS_LABELS } from "@/lib/returns/rules";

export const metadata: Metadata = { title: "Returns" };

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const isStatus = (s: unknown): s is ReturnStatus => typeof s === "string" && (returnStatus.enumValues as readonly string[]).includes(s);

/** Returns, newest first, filtered by status with the count of each (the open ones first in the filter). */
export default async function AdminReturnsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/returns");
  const raw = (await searchParams).status;
  const status = isStatus(raw) ? raw : null;
  const { rows, counts } = await listReturnsForStaff(status);
  const all = Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
  const link = (s: ReturnStatus | null, label: string, n: number) => (
    <Link
      key={s ?? "all"}
      href={s ? `/admin/returns?status=${s}` : "/admin/returns"}
      aria-current={s === status ? "page" : undefined}
      className={`rounded-full border px-3 py-1 text-sm ${s === status ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 bg-white"}`}
    >
      {label} ({n})
    </Link>
  );
  return (
    <>
      <PageHeader title="Returns" description="Shoppers' return and exchange requests, newest first (the latest 100 shown)." />
      <nav aria-label="Return status" className="mb-4 flex flex-wrap gap-2">
        {link(null, "All", all)}
        {returnStatus.enumValues.map((s) => link(s, RETURN_STATUS_LABELS[s], counts[s] ?? 0))}
      </nav>
      {rows.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {status ? "No returns with this status." : "No returns yet."}
        </p>
      ) : (
        <DataTable
          framed
          caption="Returns, newest first"
          columns={["Return", "Requested", "Order", "Customer", "Wants", "Status", { label: "Items", align: "right" }]}
        >
          {rows.map((r) => (
            <tr key={r.number} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/admin/returns/${r.number}`} className="underline hover:text-zinc-600">
                  {r.number}
                </Link>
              </th>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.createdAt)}</td>
              <td className="px-3 py-2">
                <Link href={`/admin/orders/${r.orderNumber}`} className="underline">
                  {r.orderNumber}
                </Link>
              </td>
              <td className="break-all px-3 py-2">{r.email}</td>
              <td className="px-3 py-2">{r.resolution === "refund" ? "Refund" : "Exchange"}</td>
              <td className="px-3 py-2">{RETURN_STATUS_LABELS[r.status]}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.units}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
