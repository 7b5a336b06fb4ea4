import { getFormatter, getTranslations } from "next-intl/server";
import { getCachedAnsweredQuestions } from "@/lib/questions/cached";
import { AskQuestion } from "./ask-question";

/** The product page's questions and answers: answered ones from the cache (refreshed by the product's tag), and the ask island. */
export async function ProductQuestions({ productId, slug }: { productId: number; slug: string }) {
  const [answered, t, format] = await Promise.all([
    getCachedAnsweredQuestions(productId, slug),
    getTranslations("questions"),
    getFormatter(),
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <section id="questions" aria-labelledby="questions-heading" className="mt-16 flex flex-col gap-4">
      <h2 id="questions-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {answered.length === 0 ? (
        <p className="text-zinc-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {answered.map((q) => (
            <li key={q.id}>
              <article
                aria-label={t("askedBy", { name: q.askerName })}
                className="flex flex-col gap-2 rounded-xl border border-zinc-200 p-4"
              >
                <p className="text-sm text-zinc-600">
                  {t.rich("asked", {
                    name: q.askerName,
                    who: (chunks) => <span className="font-medium text-zinc-900">{chunks}</span>,
                    when: () => <time dateTime={q.askedAt}>{date(q.askedAt)}</time>,
                  })}
                </p>
                <p className="whitespace-pre-line break-words font-medium text-zinc-900">{q.question}</p>
                <section aria-label={t("answer")} className="ml-4 rounded-lg border-l-4 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm">
                  <p className="font-medium text-zinc-900">
                    {t("answer")}{" "}
                    <time dateTime={q.answeredAt} className="font-normal text-zinc-600">
                      · {date(q.answeredAt)}
                    </time>
                  </p>
                  <p className="mt-1 whitespace-pre-line break-words text-zinc-800">{q.answer}</p>
                </section>
              </article>
            </li>
          ))}
        </ul>
      )}
      <AskQuestion productId={productId} slug={slug} />
    </section>
  );
}
