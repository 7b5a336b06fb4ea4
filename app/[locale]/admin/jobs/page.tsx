import type { Metadata } from "next";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { InlineAction } from "@/components/admin/inline-action";
import { PageHeader } from "@/components/admin/page-header";
import { DataTable } from "@/components/ui/data-table";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { retryJobAction } from "@/lib/jobs/actions";
import { listFailedJobs } from "@/lib/jobs/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Failed jobs" };

/** The queue's dead letters: jobs (e-mails) whose every attempt failed, each with `Retry`. */
export default async function FailedJobsPage({ searchParams }: { searchParams: Promise<{ retried?: string }> }) {
  await requireStaffPage("/admin/jobs");
  const [jobs, { retried }] = await Promise.all([listFailedJobs(), searchParams]);
  return (
    <>
      <PageHeader
        title="Failed jobs"
        description="Background jobs, such as e-mails, that failed on every attempt. Fix the cause (for example the mail server's settings), then retry them."
      />
      <div className="mb-4">
        <FormStatus>{retried === "1" ? "The job will run again in a moment." : undefined}</FormStatus>
      </div>
      <DataTable
        caption="Failed jobs"
        columns={["Job", "Last error", { label: "Attempts", align: "right" }, "Failed", { label: "Actions", srOnly: true }]}
        rowCount={jobs.length}
        empty="No failed jobs. A job that fails every attempt waits here for a retry."
        framed
      >
        {jobs.map((job) => (
          <tr key={job.id} className="border-b border-zinc-100 align-top last:border-0">
            <td className="px-3 py-2">
              <span className="font-medium">{job.task}</span>
              {job.subject && <span className="block text-zinc-600">{job.subject}</span>}
            </td>
            <td className="max-w-md px-3 py-2 break-words text-zinc-700">{job.lastError ?? "No error recorded"}</td>
            <td className="px-3 py-2 text-right tabular-nums">{job.attempts}</td>
            <td className="px-3 py-2 whitespace-nowrap">
              <time dateTime={job.failedAt.toISOString()}>{formatDateTime(job.failedAt)}</time>
            </td>
            <td className="px-3 py-2">
              <InlineAction action={retryJobAction} fields={{ id: job.id }} label="Retry" />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
