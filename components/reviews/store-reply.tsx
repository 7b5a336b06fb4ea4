import { useFormatter, useTranslations } from "next-intl";

/** The store's public answer under a review, as text. */
export function StoreReply({ reply }: { reply: { text: string; at: string } }) {
  const t = useTranslations("reviews");
  const format = useFormatter();
  return (
    <section aria-label={t("storeReply")} className="ml-4 rounded-lg border-l-4 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm">
      <p className="font-medium text-zinc-900">
        {t("storeReply")}{" "}
        <time dateTime={reply.at} className="font-normal text-zinc-500">
          · {format.dateTime(new Date(reply.at), { dateStyle: "medium" })}
        </time>
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-zinc-800">{reply.text}</p>
    </section>
  );
}
