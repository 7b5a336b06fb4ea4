import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { InlineAction } from "@/components/admin/inline-action";
import { setQuestionVisibilityAction } from "@/lib/questions/admin/actions";
import type { AdminQuestion } from "@/lib/questions/queries";
import { AnswerForm } from "./answer-form";

const BADGES = {
  pending: "bg-amber-100 text-amber-900",
  answered: "bg-emerald-100 text-emerald-900",
  hidden: "bg-zinc-700 text-white",
} as const;

/** One question in the back office: the product, who asked and when, the answer form, and Hide / Show. */
export function QuestionItem({ question: q }: { question: AdminQuestion }) {
  const t = useTranslations("adminQuestions");
  const locale = useLocale();
  const hidden = q.status === "hidden";
  return (
    <article
      id={`question-${q.id}`}
      aria-label={t("item.label", { asker: q.askerName, product: q.product.title })}
      className={`flex flex-col gap-3 rounded-xl border p-4 ${hidden ? "border-zinc-300 bg-zinc-100" : "border-zinc-200 bg-white"}`}
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Link href={`/p/${q.product.slug}`} className="font-semibold underline">
          {q.product.title}
        </Link>
        <span className="font-medium">{q.askerName}</span>
        <time dateTime={q.askedAt} className="text-zinc-600">
          {formatDateTime(new Date(q.askedAt), locale)}
        </time>
        {/* messages: adminQuestions.filter.* */}
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${BADGES[q.status]}`}>{t(`filter.${q.status}`)}</span>
      </div>
      <p className="whitespace-pre-line break-words text-zinc-800">{q.question}</p>
      {q.answer && (
        <div className="ml-4 rounded-lg border-l-4 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm">
          <p className="font-medium">
            {t("item.publishedAnswer")}
            {q.answeredAt && (
              <time dateTime={q.answeredAt} className="font-normal text-zinc-600">
                {" "}
                · {formatDateTime(new Date(q.answeredAt), locale)}
              </time>
            )}
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{q.answer}</p>
        </div>
      )}
      {!hidden && <AnswerForm questionId={q.id} answer={q.answer} filter={q.status} />}
      <InlineAction
        action={setQuestionVisibilityAction}
        fields={{ questionId: String(q.id), visibility: hidden ? "shown" : "hidden", filter: q.status }}
        label={hidden ? t("item.show") : t("item.hide")}
      />
    </article>
  );
}
