import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { InlineAction } from "@/components/admin/inline-action";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { retryJobAction } from "@/lib/jobs/actions";
import { type FailedJob, listFailedJobs } from "@/lib/jobs/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminJobs"))("title") };
}

/** The queue's dead letters: jobs (e-mails, CSV exports, periodic jobs) whose every attempt failed, each with `Retry`. */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<{ retried?: string }> }) {
  await requireStaffPage("/admin/jobs");
  const [jobs, { retried }, t, tExports, locale] = await Promise.all([
    listFailedJobs(),
    searchParams,
    getTranslations("adminJobs"),
    getTranslations("adminExports"),
    getLocale(),
  ]);
  const subject = (about: NonNullable<FailedJob["subject"]>) => {
    if ("mail" in about) return t("subject.mail", about.mail);
    if ("export" in about) return t("subject.export", { id: about.export.id, report: tExports(`reports.${about.export.report}`) });
    if ("booking" in about) return t("subject.booking");
    // messages: adminJobs.periodic.*
    return t("subject.periodic", { name: t(`periodic.${about.periodic.replace("periodic:", "")}`) });
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-4">
        <FormStatus>{retried === "1" ? t("retried") : undefined}</FormStatus>
      </div>
      <DataTable
        caption={t("caption")}
        columns={[
          t("columns.job"),
          t("columns.lastError"),
          { label: t("columns.attempts"), align: "right" },
          t("columns.failed"),
          { label: t("columns.actions"), srOnly: true },
        ]}
        rowCount={jobs.length}
        empty={t("empty")}
        framed
      >
        {jobs.map((job) => (
          <tr key={job.id} className="border-b border-zinc-100 align-top last:border-0">
            <td className="px-3 py-2">
              <span className="font-medium">{job.task}</span>
              {job.subject && <span className="block text-zinc-600">{subject(job.subject)}</span>}
            </td>
            <td className="max-w-md px-3 py-2 break-words text-zinc-700">{job.lastError ?? t("noError")}</td>
            <td className="px-3 py-2 text-right tabular-nums">{job.attempts}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              <time dateTime={job.failedAt.toISOString()}>{formatDateTime(job.failedAt, locale)}</time>
            </td>
            <td className="px-3 py-2">
              <InlineAction action={retryJobAction} fields={{ id: job.id }} label={t("retry")} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
