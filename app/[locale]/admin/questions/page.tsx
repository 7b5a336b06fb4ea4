import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import { questionNotice } from "@/lib/questions/admin/notices";
import { listQuestionsForStaff } from "@/lib/questions/queries";
import { questionFilterSchema, type QuestionFilter } from "@/lib/questions/schema";
import { QuestionItem } from "./_components/question-item";

export const metadata: Metadata = { title: "Questions" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const FILTERS = [
  { status: "pending", label: "Unanswered", empty: "No questions wait for an answer." },
  { status: "answered", label: "Answered", empty: "No answered questions yet." },
  { status: "hidden", label: "Hidden", empty: "No hidden questions." },
] as const;

function hrefFor(filter: QuestionFilter, page: number): string {
  const s = new URLSearchParams({ status: filter.status });
  if (page > 1) s.set("page", String(page));
  return `/admin/questions?${s}`;
}

export default async function AdminQuestionsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/questions");
  const raw = await searchParams;
  const filter = questionFilterSchema.parse({ status: one(raw.status), page: one(raw.page) });
  const list = await listQuestionsForStaff(filter);
  const notice = questionNotice(one(raw.done));
  const current = FILTERS.find((f) => f.status === filter.status)!;
  return (
    <>
      <PageHeader
        title="Questions"
        description="Shoppers' questions about products. A published answer shows on the product page under the question; hidden questions leave the shop."
      />
      <nav aria-label="Question filters" className="mb-4 flex flex-wrap gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f.status}
            href={`/admin/questions?status=${f.status}`}
            aria-current={f.status === filter.status ? "page" : undefined}
            className="rounded-full border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {notice && (
        <div className="mb-4">
          <FormStatus>{notice}</FormStatus>
        </div>
      )}
      <p className="mb-4 text-sm text-zinc-600" aria-live="polite">
        {current.label}: {list.total === 1 ? "1 question" : `${list.total} questions`}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600">{current.empty}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {list.items.map((q) => (
            <li key={q.id}>
              <QuestionItem question={q} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} href={(p) => hrefFor(filter, p)} />
    </>
  );
}
