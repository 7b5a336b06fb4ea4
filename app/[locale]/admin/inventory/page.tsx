import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { ExportCsvButton } from "@/components/admin/export-csv-button";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { inventoryListHref, parseInventoryListParams } from "@/lib/inventory/list-params";
import { listInventory } from "@/lib/inventory/queries";
import { InventoryTable } from "./_components/inventory-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminInventory"))("title") };
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminInventoryPage({ searchParams }: Props) {
  await requireStaffPage("/admin/inventory");
  const { q, lowOnly, page } = parseInventoryListParams(await searchParams);
  const [result, t, locale] = await Promise.all([listInventory({ q, lowOnly, page }), getTranslations("adminInventory"), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("count", { count: result.total, low: lowOnly ? "yes" : "no", threshold: result.storeThreshold })}
      >
        <ExportCsvButton report="stock" filters={{ q, low: lowOnly ? "1" : undefined }} />
      </PageHeader>
      <form
        method="get"
        action={localizePath("/admin/inventory", locale as Locale)}
        role="search"
        aria-label={t("filters.label")}
        className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-zinc-200 bg-white p-4"
      >
        <div className="space-y-1">
          <label htmlFor="inventory-q" className="block text-sm font-medium">
            {t("filters.search")}
          </label>
          <input
            id="inventory-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("filters.searchPlaceholder")}
            className="w-64 rounded-lg border border-zinc-400 px-3 py-2 text-sm"
          />
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input id="inventory-low" name="low" type="checkbox" value="1" defaultChecked={lowOnly} className="h-4 w-4" />
          <label htmlFor="inventory-low" className="text-sm font-medium">
            {t("filters.lowOnly")}
          </label>
        </div>
        <button type="submit" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("filters.filter")}
        </button>
        <Link href="/admin/inventory" className="pb-2 text-sm underline">
          {t("filters.clear")}
        </Link>
      </form>
      <p className="mb-4 text-sm text-zinc-600">{t.rich("help", { strong })}</p>
      {result.rows.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {q || lowOnly ? t("noneMatch") : t("none")}
        </p>
      ) : (
        <InventoryTable rows={result.rows} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} href={(p) => inventoryListHref({ q, lowOnly }, p)} />
    </>
  );
}
