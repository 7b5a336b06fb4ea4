import { eligibleBase, reachedTier, refusal, inScope, type RuleContext } from "./promotion-rules";
import type { NextTier, PricingPromotion } from "./types";

/**
 * Step 5: the nearest spend-X-save-Y tier not yet reached among the automatic
 * promotions that would apply but for the spend ("Add $12.50 more to save $30"),
 * measured after the flash sale and member price. The smallest missing amount wins.
 */
export function nextTier(automatic: readonly PricingPromotion[], ctx: RuleContext): NextTier | null {
  let best: NextTier | null = null;
  for (const p of automatic) {
    if (p.type !== "spend_save") continue;
    const reason = refusal(p, ctx);
    if (reason && reason.kind !== "minimum") continue;
    const base = eligibleBase(inScope(p, ctx.lines), ctx.remaining);
    const current = base >= p.minSpend ? (reachedTier(p, base)?.save ?? 0) : 0;
    for (const tier of p.tiers) {
      const needed = Math.max(tier.spend, p.minSpend);
      const save = Math.min(tier.save, p.maxDiscount ?? tier.save);
      if (needed <= base || save <= current) continue;
      if (!best || needed - base < best.missing) best = { promotionId: p.id, name: p.name, missing: needed - base, save };
    }
  }
  return best;
}
