import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { PageHeader } from "@/components/admin/page-header";
import { ProductFilters } from "@/components/admin/products/product-filters";
import { ProductTable } from "@/components/admin/products/product-table";
import { Pagination } from "@/components/listing/pagination";
import { requireStaffPage } from "@/lib/auth/staff";
import { adminProductsHref, parseAdminProductParams } from "@/lib/products/list-params";
import { listAdminProducts, listBrandChoices, listCategoryChoices } from "@/lib/products/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminProducts"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminProductsPage({ searchParams }: Props) {
  const raw = await searchParams;
  await requireStaffPage(adminProductsHref(parseAdminProductParams(raw)));
  const params = parseAdminProductParams(raw);
  const [list, categories, brands, t] = await Promise.all([
    listAdminProducts(params),
    listCategoryChoices(),
    listBrandChoices(),
    getTranslations("adminProducts"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("count", { count: list.total })}>
        <Link href="/admin/products/new" className="rounded-full bg-zinc-900 px-4 py-2 text-sm font-medium text-white hover:bg-zinc-700">
          {t("newProduct")}
        </Link>
      </PageHeader>
      <div className="mb-4">
        <CatalogLinks />
      </div>
      <ProductFilters params={params} categories={categories} brands={brands} />
      {list.rows.length ? (
        <ProductTable rows={list.rows} />
      ) : (
        <p role="status" className="rounded-xl border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">
          {t("noneMatch")}
        </p>
      )}
      <Pagination page={params.page} pageCount={list.pageCount} href={(page) => adminProductsHref(params, { page })} />
    </>
  );
}
