import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import type { StaffEventView } from "@/lib/orders/queries/staff";
import { STATUS_LABELS } from "@/lib/orders/transitions";

function who(e: StaffEventView): string {
  const person = e.actorName || e.actorEmail ? [e.actorName, e.actorEmail && `(${e.actorEmail})`].filter(Boolean).join(" ") : null;
  switch (e.actor) {
    case "staff":
      return person ? `Staff: ${person}` : "Staff";
    case "shopper":
      return person ? `Shopper: ${person}` : "Shopper (guest)";
    case "system":
      return "Automatic";
    case "payment":
      return "Payment provider";
  }
}

/** Every event of the order, oldest first, internal notes marked as such, with who did each step. */
export function StaffTimeline({ events }: { events: StaffEventView[] }) {
  return (
    <ol className="flex flex-col gap-3 border-l border-zinc-200 pl-4">
      {events.map((e) => (
        <li key={e.id} className={`text-sm ${e.internal ? "rounded-lg bg-amber-50 p-2" : ""}`}>
          <p className="font-medium">
            {e.internal ? (
              <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs uppercase tracking-wide text-amber-950">Internal note</span>
            ) : e.toStatus ? (
              STATUS_LABELS[e.toStatus]
            ) : (
              "Note"
            )}
            <span className="font-normal text-zinc-600"> · {who(e)}</span>
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
