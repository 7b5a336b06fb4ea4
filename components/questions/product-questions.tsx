import { getCachedAnsweredQuestions } from "@/lib/questions/cached";
import { AskQuestion } from "./ask-question";

const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The product page's questions and answers: answered ones from the cache (refreshed by the product's tag), and the ask island. */
export async function ProductQuestions({ productId, slug }: { productId: number; slug: string }) {
  const answered = await getCachedAnsweredQuestions(productId, slug);
  return (
    <section id="questions" aria-labelledby="questions-heading" className="mt-16 flex flex-col gap-4">
      <h2 id="questions-heading" className="text-xl font-semibold">
        Questions and answers
      </h2>
      {answered.length === 0 ? (
        <p className="text-zinc-600">No questions answered yet. Ask the store about this product.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {answered.map((q) => (
            <li key={q.id}>
              <article aria-label={`Asked by ${q.askerName}`} className="flex flex-col gap-2 rounded-xl border border-zinc-200 p-4">
                <p className="text-sm text-zinc-600">
                  <span className="font-medium text-zinc-900">{q.askerName}</span> asked{" "}
                  <time dateTime={q.askedAt}>{date.format(new Date(q.askedAt))}</time>
                </p>
                <p className="whitespace-pre-line break-words font-medium text-zinc-900">{q.question}</p>
                <section
                  aria-label="Answer from the store"
                  className="ml-4 rounded-lg border-l-4 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm"
                >
                  <p className="font-medium text-zinc-900">
                    Answer from the store{" "}
                    <time dateTime={q.answeredAt} className="font-normal text-zinc-600">
                      · {date.format(new Date(q.answeredAt))}
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
