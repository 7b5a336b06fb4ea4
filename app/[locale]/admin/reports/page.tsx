import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { parseRangeParams } from "@/lib/analytics/range";
import { requireStaffPage } from "@/lib/auth/staff";
import { ReportList } from "./_components/report-list";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReportsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/reports");
  const { range, error } = parseRangeParams(await searchParams, new Date());
  const span = new URLSearchParams({ from: range.from, to: range.to }).toString();
  return (
    <>
      <PageHeader
        title="Reports"
        description={`CSV files for ${range.from} to ${range.to} (UTC days, both included). Amounts are decimals in the row's currency; the files open in spreadsheet programs.`}
      />
      <form
        method="get"
        action="/admin/reports"
        aria-label="Report range"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <TextField id="report-from" name="from" label="From" type="date" required defaultValue={range.from} className="text-sm" />
        <TextField id="report-to" name="to" label="To" type="date" required defaultValue={range.to} className="text-sm" />
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          Apply
        </button>
      </form>
      <div className="mb-4">
        <FormError>{error}</FormError>
      </div>
      <ReportList
        items={[
          {
            title: "Orders",
            description: "Orders placed in the range, one row per line with the order's amounts, discount, shipping and refunds.",
            href: `/admin/reports/orders?${span}`,
            link: "Download orders",
          },
          {
            title: "Refunds",
            description: "Refunds made in the range: order, kind, amount, shipping part and reason.",
            href: `/admin/reports/refunds?${span}`,
            link: "Download refunds",
          },
          {
            title: "Payments",
            description: "Payment attempts started in the range, with their provider, reference and outcome.",
            href: `/admin/reports/payments?${span}`,
            link: "Download payments",
          },
          {
            title: "Inventory ledger",
            description: "Every stock change in the range: variant, change, stock after, reason, order and who.",
            href: `/admin/reports/ledger?${span}`,
            link: "Download inventory ledger",
          },
          {
            title: "Figures per day",
            description: "The dashboard's revenue, orders, refunds and visits for each day of the range.",
            href: `/admin/reports/daily?${span}`,
            link: "Download figures per day",
          },
          {
            title: "Stock levels",
            description: "Every variant's stock and low-stock threshold as they are now (the range does not apply).",
            href: "/admin/reports/stock",
            link: "Download stock levels",
          },
        ]}
      />
    </>
  );
}
