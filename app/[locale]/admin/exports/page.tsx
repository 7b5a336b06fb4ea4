import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AutoRefresh } from "@/components/admin/auto-refresh";
import { PageHeader } from "@/components/admin/page-header";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { EXPORT_RETENTION_DAYS } from "@/lib/exports/mutations";
import { listRecentExports } from "@/lib/exports/queries";
import { ExportsTable } from "./_components/exports-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminExports"))("title") };
}

type Props = { searchParams: Promise<{ requested?: string }> };

/** The team's recent CSV exports, prepared by the job queue; refreshes itself while any is still on its way. */
export default async function ExportsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/exports");
  const [exports, { requested }, t] = await Promise.all([listRecentExports(), searchParams, getTranslations("adminExports")]);
  const pending = exports.some((e) => e.status === "queued" || e.status === "preparing");
  const asked = requested && /^\d{1,9}$/.test(requested) ? exports.find((e) => e.id === Number(requested)) : undefined;
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { days: EXPORT_RETENTION_DAYS })} />
      {asked && (
        <div className="mb-4">
          <FormStatus>{t("requested", { id: asked.id, status: asked.status })}</FormStatus>
        </div>
      )}
      <ExportsTable exports={exports} />
      {pending && <AutoRefresh seconds={2} />}
    </>
  );
}
