import { useTranslations } from "next-intl";
import type { FlashSaleStatus, PromotionStatus } from "@/lib/promotions/admin/status";

const LOOKS: Record<PromotionStatus | FlashSaleStatus, string> = {
  active: "bg-emerald-100 text-emerald-900",
  scheduled: "bg-sky-100 text-sky-900",
  paused: "bg-amber-100 text-amber-900",
  ended: "bg-zinc-200 text-zinc-700",
  used_up: "bg-zinc-200 text-zinc-700",
  sold_out: "bg-zinc-200 text-zinc-700",
};

/** A promotion's or flash sale's status, as a word (colour is only a hint). */
export function StatusBadge({ status }: { status: PromotionStatus | FlashSaleStatus }) {
  const t = useTranslations("adminPromotions.status");
  // messages: adminPromotions.status.*
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ${LOOKS[status]}`}>{t(status)}</span>;
}
