const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** The store's public answer under a review, as text. */
export function StoreReply({ reply }: { reply: { text: string; at: string } }) {
  return (
    <section aria-label="Reply from the store" className="ml-4 rounded-lg border-l-4 border-zinc-300 bg-zinc-50 px-3 py-2 text-sm">
      <p className="font-medium text-zinc-900">
        Reply from the store{" "}
        <time dateTime={reply.at} className="font-normal text-zinc-500">
          · {date.format(new Date(reply.at))}
        </time>
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-zinc-800">{reply.text}</p>
    </section>
  );
}
