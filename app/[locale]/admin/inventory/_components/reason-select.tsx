import { ADJUSTMENT_REASONS } from "@/lib/inventory/schema";

export const REASON_LABELS: Record<(typeof ADJUSTMENT_REASONS)[number], string> = {
  received: "Received",
  correction: "Correction",
  stocktake: "Stocktake",
  damaged: "Damaged",
};

/** The reasons a merchant may give for an adjustment. */
export function ReasonSelect({ id, defaultValue, className }: { id: string; defaultValue?: string; className?: string }) {
  return (
    <select
      id={id}
      name="reason"
      defaultValue={defaultValue ?? "received"}
      className={className ?? "rounded-lg border border-zinc-400 bg-white px-2 py-1.5 text-sm"}
    >
      {ADJUSTMENT_REASONS.map((r) => (
        <option key={r} value={r}>
          {REASON_LABELS[r]}
        </option>
      ))}
    </select>
  );
}
