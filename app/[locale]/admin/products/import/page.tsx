import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { CSV_COLUMNS, IMAGE_SEPARATOR, REQUIRED_COLUMNS } from "@/lib/products/csv/columns";
import { CsvImportForm } from "./_components/csv-import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts.import"))("title") };
}

const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function ImportProductsPage() {
  await requireStaffPage("/admin/products/import");
  const t = await getTranslations("adminProducts.import");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")}>
        <CatalogLinks current="import" />
      </PageHeader>
      <CsvImportForm />
      <details className="rounded-xl border border-zinc-200 bg-white p-4 text-sm text-zinc-700">
        <summary className="cursor-pointer font-medium text-zinc-900">{t("howRead")}</summary>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>{t.rich("columns", { columns: CSV_COLUMNS.join(", "), required: REQUIRED_COLUMNS.join(", "), code })}</li>
          <li>{t.rich("handle", { code })}</li>
          <li>{t("blankCells")}</li>
          <li>{t.rich("category", { code })}</li>
          <li>{t("formats", { separator: IMAGE_SEPARATOR })}</li>
          <li>{t("stock")}</li>
        </ul>
      </details>
    </div>
  );
}
