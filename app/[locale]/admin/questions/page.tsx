import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/listing/pagination";
import { FormStatus } from "@/components/ui/form-messages";
import { requireStaffPage } from "@/lib/auth/staff";
import type { QuestionNotice } from "@/lib/questions/admin/notices";
import { listQuestionsForStaff } from "@/lib/questions/queries";
import { questionFilterSchema, type QuestionFilter } from "@/lib/questions/schema";
import { QuestionItem } from "./_components/question-item";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminQuestions"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const FILTERS = ["pending", "answered", "hidden"] as const;

/** The notice keys (adminQuestions.notices) of what a staff member just did (?done=, set by lib/questions/admin/actions.ts). */
const NOTICES: Record<QuestionNotice, "answered" | "answeredEmailed" | "hidden" | "shown"> = {
  answered: "answered",
  "answered-emailed": "answeredEmailed",
  hidden: "hidden",
  shown: "shown",
};

function hrefFor(filter: QuestionFilter, page: number): string {
  const s = new URLSearchParams({ status: filter.status });
  if (page > 1) s.set("page", String(page));
  return `/admin/questions?${s}`;
}

export default async function AdminQuestionsPage({ searchParams }: Props) {
  await requireStaffPage("/admin/questions");
  const raw = await searchParams;
  const filter = questionFilterSchema.parse({ status: one(raw.status), page: one(raw.page) });
  const [list, t] = await Promise.all([listQuestionsForStaff(filter), getTranslations("adminQuestions")]);
  const done = one(raw.done);
  const notice = done && Object.hasOwn(NOTICES, done) ? t(`notices.${NOTICES[done as QuestionNotice]}`) : null;
  // messages: adminQuestions.filter.* (and adminQuestions.empty.*, one per filter)
  const label = t(`filter.${filter.status}`);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("filtersLabel")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f}
            href={`/admin/questions?status=${f}`}
            aria-current={f === filter.status ? "page" : undefined}
            className="rounded-full border border-zinc-400 px-3 py-1 font-medium hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
          >
            {t(`filter.${f}`)}
          </Link>
        ))}
      </nav>
      {notice && (
        <div className="mb-4">
          <FormStatus>{notice}</FormStatus>
        </div>
      )}
      <p className="mb-4 text-sm text-zinc-600" aria-live="polite">
        {t("count", { label, count: list.total })}
      </p>
      {list.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-zinc-600">{t(`empty.${filter.status}`)}</p>
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
