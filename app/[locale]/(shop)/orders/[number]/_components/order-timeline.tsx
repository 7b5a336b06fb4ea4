import { getTranslations } from "next-intl/server";
import type { OrderEventView } from "@/lib/orders/queries";
import { requestLocale } from "@/lib/i18n/server";
import { knownMessageTranslator } from "@/lib/i18n/known-messages";
import { ORDER_HISTORY_NOTES } from "@/lib/orders/history-notes";
import { formatDateTime } from "./format";

/** Every change of the order, oldest first, with when and who; the notes (stored in English) in the page's language. */
export async function OrderTimeline({ events }: { events: OrderEventView[] }) {
  const [t, locale] = await Promise.all([getTranslations("orders"), requestLocale()]);
  const note = await knownMessageTranslator(locale, ORDER_HISTORY_NOTES);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-2 text-lg font-semibold">
        {t("history.heading")}
      </h2>
      <ol className="flex flex-col gap-3 border-l border-zinc-200 pl-4">
        {events.map((e) => (
          <li key={e.id} className="text-sm">
            <p className="font-medium">
              {e.toStatus ? t(`status.${e.toStatus}`) : t("history.note")}
              <span className="font-normal text-zinc-600"> · {t(`history.who.${e.actor}`)}</span>
            </p>
            <p className="text-zinc-600">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
            </p>
            {e.note && <p>{note(e.note)}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
