/** What the back office says about a promotion at a moment. */
export type PromotionStatus = "scheduled" | "active" | "paused" | "ended" | "used_up";
/** What the back office says about a flash sale at a moment. */
export type FlashSaleStatus = "scheduled" | "active" | "paused" | "ended" | "sold_out";

export const STATUS_LABELS: Record<PromotionStatus | FlashSaleStatus, string> = {
  scheduled: "Scheduled",
  active: "Active",
  paused: "Paused",
  ended: "Ended",
  used_up: "Used up",
  sold_out: "Sold out",
};

type PromotionState = {
  startsAt: Date | null;
  endsAt: Date | null;
  pausedAt: Date | null;
  endedAt: Date | null;
  usageLimit: number | null;
  usedCount: number;
};

/**
 * A promotion's status at `now`. What can never change back comes first: ended (by
 * hand or by its end time), then used up; then paused (a merchant's choice, shown
 * even before the start), scheduled, active. The window is [startsAt, endsAt).
 */
export function promotionStatus(p: PromotionState, now: Date): PromotionStatus {
  if (p.endedAt || (p.endsAt && p.endsAt <= now)) return "ended";
  if (p.usageLimit !== null && p.usedCount >= p.usageLimit) return "used_up";
  if (p.pausedAt) return "paused";
  if (p.startsAt && p.startsAt > now) return "scheduled";
  return "active";
}

type FlashSaleState = { startsAt: Date; endsAt: Date; pausedAt: Date | null; soldCount: number; quantityCap: number };

/** A flash sale's status at `now`, in the same order as promotionStatus (sold out is its "used up"). */
export function flashSaleStatus(f: FlashSaleState, now: Date): FlashSaleStatus {
  if (f.endsAt <= now) return "ended";
  if (f.soldCount >= f.quantityCap) return "sold_out";
  if (f.pausedAt) return "paused";
  if (f.startsAt > now) return "scheduled";
  return "active";
}

/** Whether Pause / Resume / End make sense in this status (an ended or used-up promotion is left alone). */
export function availableActions(status: PromotionStatus | FlashSaleStatus): { pause: boolean; resume: boolean; end: boolean } {
  const open = status !== "ended";
  return {
    pause: status === "active" || status === "scheduled",
    resume: status === "paused",
    end: open,
  };
}
