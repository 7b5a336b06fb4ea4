import { useTranslations } from "next-intl";
import { ExportCsvButton } from "@/components/admin/export-csv-button";
import { Link } from "@/lib/i18n/navigation";

const LINK =
  "rounded-full border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 aria-[current=page]:border-zinc-900 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white";

type Page = "categories" | "brands" | "import";

/** Links to the catalog's other back-office pages, for the product list and its neighbours; `current` marks the page shown. */
export function CatalogLinks({ current }: { current?: Page }) {
  const t = useTranslations("adminCatalog.links");
  const at = (page: Page) => (current === page ? ("page" as const) : undefined);
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2">
      <Link href="/admin/categories" aria-current={at("categories")} className={LINK}>
        {t("categories")}
      </Link>
      <Link href="/admin/brands" aria-current={at("brands")} className={LINK}>
        {t("brands")}
      </Link>
      <Link href="/admin/products/import" aria-current={at("import")} className={LINK}>
        {t("import")}
      </Link>
      <ExportCsvButton report="products" label={t("export")} />
    </nav>
  );
}
