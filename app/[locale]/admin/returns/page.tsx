import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { returnStatus, type ReturnStatus } from "@/db/schema";
import { requireStaffPage } from "@/lib/auth/staff";
import { listReturnsForStaff } from "@/lib/returns/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminReturns"))("title") };
}

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const isStatus = (s: unknown): s is ReturnStatus => typeof s === "string" && (returnStatus.enumValues as readonly string[]).includes(s);

/** Returns, newest first, filtered by status with the count of each (the open ones first in the filter). */
export default async function AdminReturnsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/returns");
  const raw = (await searchParams).status;
  const status = isStatus(raw) ? raw : null;
  const [{ rows, counts }, t, tReturns, locale] = await Promise.all([
    listReturnsForStaff(status),
    getTranslations("adminReturns"),
    getTranslations("returns"),
    getLocale(),
  ]);
  // messages: returns.status.* (one per return_status) and returns.resolution.*
  const all = Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
  const link = (s: ReturnStatus | null, label: string, n: number) => (
    <Link
      key={s ?? "all"}
      href={s ? `/admin/returns?status=${s}` : "/admin/returns"}
      aria-current={s === status ? "page" : undefined}
      className={`rounded-full border px-3 py-1 text-sm ${s === status ? "border-zinc-900 bg-zinc-900 text-white" : "border-zinc-300 bg-white"}`}
    >
      {t("filterLink", { label, count: n })}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("statusNav")} className="mb-4 flex flex-wrap gap-2">
        {link(null, t("all"), all)}
        {returnStatus.enumValues.map((s) => link(s, tReturns(`status.${s}`), counts[s] ?? 0))}
      </nav>
      {rows.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {status ? t("noneWithStatus") : t("none")}
        </p>
      ) : (
        <DataTable
          framed
          caption={t("caption")}
          columns={[
            t("columns.return"),
            t("columns.requested"),
            t("columns.order"),
            t("columns.customer"),
            t("columns.wants"),
            t("columns.status"),
            { label: t("columns.items"), align: "right" },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.number} className="border-b border-zinc-100 last:border-0">
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/admin/returns/${r.number}`} className="underline hover:text-zinc-600">
                  {r.number}
                </Link>
              </th>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.createdAt, locale)}</td>
              <td className="px-3 py-2">
                <Link href={`/admin/orders/${r.orderNumber}`} className="underline">
                  {r.orderNumber}
                </Link>
              </td>
              <td className="break-all px-3 py-2">{r.email}</td>
              <td className="px-3 py-2">{tReturns(`resolution.${r.resolution}`)}</td>
              <td className="px-3 py-2">{tReturns(`status.${r.status}`)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{r.units}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
