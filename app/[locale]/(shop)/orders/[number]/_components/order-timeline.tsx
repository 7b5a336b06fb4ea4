import type { OrderActor } from "@/db/schema";
import type { OrderEventView } from "@/lib/orders/queries";
import { STATUS_LABELS } from "@/lib/orders/transitions";
import { formatDateTime } from "./format";

const WHO: Record<OrderActor, string> = { shopper: "You", staff: "The shop", system: "Automatic", payment: "Payment provider" };

/** Every change of the order, oldest first, with when and who. */
export function OrderTimeline({ events }: { events: OrderEventView[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-2 text-lg font-semibold">
        History
      </h2>
      <ol className="flex flex-col gap-3 border-l border-zinc-200 pl-4">
        {events.map((e) => (
          <li key={e.id} className="text-sm">
            <p className="font-medium">
              {e.toStatus ? STATUS_LABELS[e.toStatus] : "Note"}
              <span className="font-normal text-zinc-600"> · {WHO[e.actor]}</span>
            </p>
            <p className="text-zinc-600">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
            </p>
            {e.note && <p>{e.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
