import { useTranslations } from "next-intl";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import type { StaffEventView } from "@/lib/orders/queries/staff";

type Translate = ReturnType<typeof useTranslations<"adminOrders.timelineEvents">>;

function who(e: StaffEventView, t: Translate): string {
  const person = e.actorName || e.actorEmail ? [e.actorName, e.actorEmail && `(${e.actorEmail})`].filter(Boolean).join(" ") : null;
  switch (e.actor) {
    case "staff":
      return person ? t("staffPerson", { person }) : t("staff");
    case "shopper":
      return person ? t("shopperPerson", { person }) : t("guest");
    case "system":
      return t("automatic");
    case "payment":
      return t("payment");
  }
}

/** Every event of the order, oldest first, internal notes marked as such, with who did each step. */
export function StaffTimeline({ events }: { events: StaffEventView[] }) {
  const t = useTranslations("adminOrders.timelineEvents");
  const status = useTranslations("orderStatus");
  return (
    <ol className="flex flex-col gap-3 border-l border-zinc-200 pl-4">
      {events.map((e) => (
        <li key={e.id} className={`text-sm ${e.internal ? "rounded-lg bg-amber-50 p-2" : ""}`}>
          <p className="font-medium">
            {e.internal ? (
              <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs uppercase tracking-wide text-amber-950">{t("internalNote")}</span>
            ) : e.toStatus ? (
              status(e.toStatus)
            ) : (
              t("note")
            )}
            <span className="font-normal text-zinc-600"> · {who(e, t)}</span>
          </p>
          <p className="text-zinc-600">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
          </p>
          {e.note && <p className="whitespace-pre-line">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
