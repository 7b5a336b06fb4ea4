import { useTranslations } from "next-intl";
import { ADJUSTMENT_REASONS } from "@/lib/inventory/schema";

/** The reasons a merchant may give for an adjustment. */
export function ReasonSelect({ id, defaultValue, className }: { id: string; defaultValue?: string; className?: string }) {
  const t = useTranslations("adminInventory.reason");
  return (
    <select
      id={id}
      name="reason"
      defaultValue={defaultValue ?? "received"}
      className={className ?? "rounded-lg border border-zinc-400 bg-white px-2 py-1.5 text-sm"}
    >
      {ADJUSTMENT_REASONS.map((r) => (
        <option key={r} value={r}>
          {t(r)}
        </option>
      ))}
    </select>
  );
}
