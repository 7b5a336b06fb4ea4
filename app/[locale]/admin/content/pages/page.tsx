import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { listSavedStorePages } from "@/lib/content/pages/queries";
import { isStorePageSlug, STORE_PAGE_SLUGS, STORE_PAGE_TITLES } from "@/lib/content/pages/slugs";
import { ContentTabs } from "../_components/content-tabs";

export const metadata: Metadata = { title: "Pages" };

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function StorePagesPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requireStaffPage("/admin/content/pages");
  const [saved, { saved: justSaved }] = await Promise.all([listSavedStorePages(), searchParams]);
  const bySlug = new Map(saved.map((p) => [p.slug, p]));
  return (
    <>
      <PageHeader title="Pages" description="The store's own pages, linked from every page's footer." />
      <ContentTabs current="pages" />
      <div className="mb-4">
        <FormStatus>{justSaved && isStorePageSlug(justSaved) ? `${STORE_PAGE_TITLES[justSaved]} page saved.` : undefined}</FormStatus>
      </div>
      <DataTable caption="Store pages" columns={["Page", "Address", "Text", { label: "Actions", srOnly: true }]}>
        {STORE_PAGE_SLUGS.map((slug) => {
          const page = bySlug.get(slug);
          const title = page?.title || STORE_PAGE_TITLES[slug];
          return (
            <tr key={slug} className="border-b border-zinc-200">
              <td className="py-2 pr-4 font-medium">{title}</td>
              <td className="py-2 pr-4">
                <Link href={`/pages/${slug}`} className="underline">
                  /pages/{slug}
                </Link>
              </td>
              <td className="py-2 pr-4 text-zinc-600">{page?.body.trim() ? `Edited ${when(page.updatedAt)}` : "Default text"}</td>
              <td className="py-2 pr-4">
                <Link href={`/admin/content/pages/${slug}`} className="underline" aria-label={`Edit ${title}`}>
                  Edit
                </Link>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
