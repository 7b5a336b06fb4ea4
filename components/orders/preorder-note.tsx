import { useFormatter, useTranslations } from "next-intl";
import { formatShipsOn } from "@/lib/preorders/rules";

const arrived = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

/**
 * What an order line says about its pre-order: the promise ("Pre-order — ships from …"), and
 * whether stock covered it ("Stock arrived"); staff also read "Waiting for stock" until then.
 */
export function PreorderNote({ shipsOn, filledAt, staff = false }: { shipsOn: string | null; filledAt: Date | null; staff?: boolean }) {
  const t = useTranslations("orders.preorder");
  const format = useFormatter();
  if (!shipsOn) return null;
  const date = format.dateTime(new Date(`${shipsOn}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <p className="text-sm font-medium text-sky-800">
      {t("label", { date })}
      {filledAt ? (
        <span className="font-normal text-emerald-800">
          {" "}
          · {t("stockArrived")}
          {staff ? ` ${arrived.format(filledAt)}` : ""}
        </span>
      ) : (
        staff && <span className="font-normal text-amber-800"> · Waiting for stock (promised {formatShipsOn(shipsOn)})</span>
      )}
    </p>
  );
}
