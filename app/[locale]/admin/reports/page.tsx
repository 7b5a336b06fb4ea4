import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { TextField } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-messages";
import { RANGE_ERRORS } from "@/lib/analytics/messages";
import { parseRangeParams } from "@/lib/analytics/range";
import { requireStaffPage } from "@/lib/auth/staff";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { localizePath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { requestLocale } from "@/lib/i18n/server";
import { ReportList } from "./_components/report-list";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminReports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The reports in the order listed; the stock levels take no range.
const REPORTS = ["orders", "refunds", "payments", "ledger", "daily", "stock"] as const;

export default async function ReportsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/reports");
  const { range, error } = parseRangeParams(await searchParams, new Date());
  const [t, locale] = await Promise.all([getTranslations("adminReports"), requestLocale()]);
  const translateError = await knownMessageTranslator(locale, RANGE_ERRORS);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { from: range.from, to: range.to })} />
      <form
        method="get"
        action={localizePath("/admin/reports", locale)}
        aria-label={t("range")}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <TextField id="report-from" name="from" label={t("from")} type="date" required defaultValue={range.from} className="text-sm" />
        <TextField id="report-to" name="to" label={t("to")} type="date" required defaultValue={range.to} className="text-sm" />
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("apply")}
        </button>
      </form>
      <div className="mb-4">
        <FormError>{error && translateError(error)}</FormError>
      </div>
      <p className="mb-4 text-sm text-zinc-600">
        {t("exports")}{" "}
        <Link href="/admin/exports" className="font-medium underline">
          {t("exportsLink")}
        </Link>
      </p>
      <ReportList
        items={REPORTS.map((report) => ({
          report,
          title: t(`reports.${report}.title`),
          description: t(`reports.${report}.description`),
          filters: report === "stock" ? {} : { from: range.from, to: range.to },
          link: t(`reports.${report}.link`),
        }))}
      />
    </>
  );
}
