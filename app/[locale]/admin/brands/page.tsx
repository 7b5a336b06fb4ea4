import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { CatalogLinks } from "@/components/admin/catalog-links";
import { NoticeMessage } from "@/components/admin/notice-message";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { createBrandAction } from "@/lib/brands/actions";
import { listBrandsForAdmin } from "@/lib/brands/queries";
import { BrandForm } from "./_components/brand-form";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Brands" };

const NOTICES = {
  created: "Brand created. Choose it on a product to show it in the shop.",
  saved: "Brand saved. Its products show the new name now.",
  deleted: "Brand deleted. Its products are still in the shop, without a brand.",
};

export default async function BrandsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage("/admin/brands");
  const [brands, params] = await Promise.all([listBrandsForAdmin(), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title="Brands" description="Brands shoppers can filter by.">
        <CatalogLinks current="brands" />
      </PageHeader>
      <NoticeMessage code={params.notice} messages={NOTICES} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="brands-heading" className="overflow-x-auto rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="brands-heading" className="mb-2 text-lg font-semibold">
            All brands ({brands.length})
          </h2>
          <DataTable
            caption="Brands"
            rowCount={brands.length}
            empty="No brands yet. Create the first one with the form."
            bodyClassName="divide-y divide-zinc-100"
            columns={["Name", "Slug", { label: "Products", align: "right" }, { label: "Actions", srOnly: true }]}
          >
            {brands.map((b) => (
              <tr key={b.id}>
                <th scope="row" className="py-2 pr-4 font-medium">
                  {b.name}
                </th>
                <td className="py-2 pr-4 text-zinc-600">{b.slug}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{b.productCount}</td>
                <td className="py-2 text-right">
                  <Link href={`/admin/brands/${b.id}`} aria-label={`Edit ${b.name}`} className="text-zinc-900 underline underline-offset-2">
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
        <section aria-labelledby="new-brand-heading" className="h-fit rounded-xl border border-zinc-200 bg-white p-4">
          <h2 id="new-brand-heading" className="mb-3 text-lg font-semibold">
            New brand
          </h2>
          <BrandForm action={createBrandAction} submitLabel="Create brand" label="New brand" />
        </section>
      </div>
    </div>
  );
}
