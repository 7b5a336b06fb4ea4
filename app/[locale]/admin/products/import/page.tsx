import type { Metadata } from "next";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { CSV_COLUMNS, IMAGE_SEPARATOR, REQUIRED_COLUMNS } from "@/lib/products/csv/columns";
import { CsvImportForm } from "./_components/csv-import-form";

export const metadata: Metadata = { title: "Import products" };

export default async function ImportProductsPage() {
  await requireStaffPage("/admin/products/import");
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Import products" description="Create and update products and variants from a CSV file.">
        <CatalogLinks current="import" />
      </PageHeader>
      <CsvImportForm />
      <details className="rounded-xl border border-zinc-200 bg-white p-4 text-sm text-zinc-700">
        <summary className="cursor-pointer font-medium text-zinc-900">How the file is read</summary>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          <li>
            Columns: <code>{CSV_COLUMNS.join(", ")}</code>. Required: <code>{REQUIRED_COLUMNS.join(", ")}</code>. Export CSV gives a file in
            this form.
          </li>
          <li>
            <code>handle</code> is the product&apos;s slug: rows with the same handle are variants of one product. A new handle creates a
            product (it then needs a title and a category).
          </li>
          <li>Blank product cells (title, description, status, category, brand, tags, image_urls) keep what the product has.</li>
          <li>
            <code>category</code> is an existing category&apos;s slug; an unknown brand is created.
          </li>
          <li>Prices with a dot, e.g. 12.50; tags separated by commas; image addresses separated by {IMAGE_SEPARATOR}.</li>
          <li>Stock changes are recorded in the inventory history as a CSV import. A row with an error is not saved at all.</li>
        </ul>
      </details>
    </div>
  );
}
