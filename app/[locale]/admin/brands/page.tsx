import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createBrandAction } from "@/lib/brands/actions";
import { listBrandsForAdmin } from "@/lib/brands/queries";
import { BrandForm } from "./_components/brand-form";
import { DataTable } from "@/components/ui/data-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog.brands"))("title") };
}

export default async function BrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage("/admin/brands");
  const [brands, params, t] = await Promise.all([listBrandsForAdmin(), searchParams, getTranslations("adminCatalog")]);
  const notices = { created: t("brands.notice.created"), saved: t("brands.notice.saved"), deleted: t("brands.notice.deleted") };
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("brands.title")} description={t("brands.description")}>
        <CatalogLinks current="brands" />
      </PageHeader>
      <NoticeMessage code={params.notice} messages={notices} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="brands-heading" className="overflow-x-auto rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="brands-heading" className="mb-2 text-lg font-semibold">
            {t("brands.all", { count: brands.length })}
          </h2>
          <DataTable
            caption={t("brands.caption")}
            rowCount={brands.length}
            empty={t("brands.empty")}
            bodyClassName="divide-y divide-zinc-100"
            columns={[t("name"), t("slug"), { label: t("brands.products"), align: "right" }, { label: t("brands.actions"), srOnly: true }]}
          >
            {brands.map((b) => (
              <tr key={b.id}>
                <th scope="row" className="py-2 pr-4 font-medium">
                  {b.name}
                </th>
                <td className="py-2 pr-4 text-zinc-600">{b.slug}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{b.productCount}</td>
                <td className="py-2 text-right">
                  <Link
                    href={`/admin/brands/${b.id}`}
                    aria-label={t("editNamed", { name: b.name })}
                    className="text-zinc-900 underline underline-offset-2"
                  >
                    {t("brands.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
        <section aria-labelledby="new-brand-heading" className="h-fit rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="new-brand-heading" className="mb-3 text-lg font-semibold">
            {t("brands.new")}
          </h2>
          <BrandForm action={createBrandAction} submitLabel={t("brands.create")} label={t("brands.new")} />
        </section>
      </div>
    </div>
  );
}
