import type { ReturnView } from "@/lib/returns/queries";
import { RETURN_STATUS_LABELS } from "@/lib/returns/rules";

/** One return as both sides read it: status, lines (and what comes instead), reason, the staff's note, the shipments. */
export function ReturnSummary({ ret }: { ret: ReturnView }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        <span className="font-semibold">{ret.number}</span> · {ret.resolution === "refund" ? "Refund" : "Exchange"} ·{" "}
        <span className="font-medium">{RETURN_STATUS_LABELS[ret.status]}</span>
      </p>
      <ul className="list-disc pl-5">
        {ret.lines.map((l) => (
          <li key={l.orderLineId}>
            {l.quantity} × {l.title}
            {l.exchangeFor ? ` → ${l.exchangeFor}` : ""}
            {l.restockedQuantity !== null ? ` (${l.restockedQuantity} restocked)` : ""}
          </li>
        ))}
      </ul>
      <p className="text-zinc-700">“{ret.reason}”</p>
      {ret.staffNote && <p className="text-zinc-700">From the shop: {ret.staffNote}</p>}
      {ret.returnTrackingNumber && (
        <p>
          Sent back with {ret.returnCarrier}, tracking number {ret.returnTrackingNumber}
        </p>
      )}
      {ret.exchangeTrackingNumber && (
        <p>
          Exchange shipped with {ret.exchangeCarrier}, tracking number {ret.exchangeTrackingNumber}
        </p>
      )}
      {ret.photos.length > 0 && (
        <div className="flex gap-2">
          {ret.photos.map((p, i) => (
            <img
              key={p.url}
              src={p.url}
              width={96}
              height={Math.round((96 * p.height) / p.width)}
              alt={`Photo ${i + 1} of ${ret.number}`}
              className="rounded border"
            />
          ))}
        </div>
      )}
    </div>
  );
}
