import type { ReturnView } from "@/lib/returns/queries";
import { useTranslations } from "next-intl";

/** One return as both sides read it: status, lines (and what comes instead), reason, the staff's note, the shipments. */
export function ReturnSummary({ ret }: { ret: ReturnView }) {
  const t = useTranslations("returns");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p>
        <span className="font-semibold">{ret.number}</span> · {t(`resolution.${ret.resolution}`)} ·{" "}
        <span className="font-medium">{t(`status.${ret.status}`)}</span>
      </p>
      <ul className="list-disc pl-5">
        {ret.lines.map((l) => (
          <li key={l.orderLineId}>
            {l.quantity} × {l.title}
            {l.exchangeFor ? ` → ${l.exchangeFor}` : ""}
            {l.restockedQuantity !== null ? ` ${t("restocked", { count: l.restockedQuantity })}` : ""}
          </li>
        ))}
      </ul>
      <p className="text-zinc-700">“{ret.reason}”</p>
      {ret.staffNote && <p className="text-zinc-700">{t("fromShop", { note: ret.staffNote })}</p>}
      {ret.returnTrackingNumber && <p>{t("sentBack", { carrier: ret.returnCarrier ?? "", tracking: ret.returnTrackingNumber })}</p>}
      {ret.exchangeTrackingNumber && (
        <p>{t("exchangeShipped", { carrier: ret.exchangeCarrier ?? "", tracking: ret.exchangeTrackingNumber })}</p>
      )}
      {ret.photos.length > 0 && (
        <div className="flex gap-2">
          {ret.photos.map((p, i) => (
            <img
              key={p.url}
              src={p.url}
              width={96}
              height={Math.round((96 * p.height) / p.width)}
              alt={t("photoAlt", { index: i + 1, number: ret.number })}
              className="rounded border"
            />
          ))}
        </div>
      )}
    </div>
  );
}
