import type { PromotionType, SpendTier } from "@/db/schema";
import { formatMoney } from "@/lib/money";

type Described = {
  type: PromotionType;
  amount: number;
  tiers: SpendTier[];
  buyQuantity: number | null;
  getQuantity: number | null;
  minSpend: number;
  maxDiscount: number | null;
};

export const TYPE_LABELS: Record<PromotionType, string> = {
  spend_save: "Spend X, save Y",
  percent_off: "Percent off",
  fixed_off: "Fixed amount off",
  buy_x_get_y: "Buy X get Y",
  free_shipping: "Free shipping over an amount",
};

/** What a promotion gives, in a line: "10% off orders of $50.00 or more (at most $20.00)", "Spend $100.00 save $10.00; …". */
export function describePromotion(p: Described, currency: string): string {
  const m = (amount: number) => formatMoney({ amount, currency });
  const what =
    p.type === "percent_off"
      ? `${p.amount}% off`
      : p.type === "fixed_off"
        ? `${m(p.amount)} off`
        : p.type === "free_shipping"
          ? "Free shipping"
          : p.type === "buy_x_get_y"
            ? `Buy ${p.buyQuantity ?? "?"} get ${p.getQuantity ?? "?"} free`
            : p.tiers.map((t) => `Spend ${m(t.spend)} save ${m(t.save)}`).join("; ");
  const min = p.minSpend > 0 ? ` on ${m(p.minSpend)} or more` : "";
  const cap = p.maxDiscount !== null ? ` (at most ${m(p.maxDiscount)})` : "";
  return `${what}${min}${cap}`;
}

const minute = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** A window as the lists show it, in UTC: "Always", "From …", "Until …", "… – … UTC". */
export function describeWindow(startsAt: Date | null, endsAt: Date | null): string {
  if (!startsAt && !endsAt) return "Always";
  if (!endsAt) return `From ${minute(startsAt!)} UTC`;
  if (!startsAt) return `Until ${minute(endsAt)} UTC`;
  return `${minute(startsAt)} – ${minute(endsAt)} UTC`;
}
