import { formatMoney } from "@/lib/money";
import type { MemberTier, NextTier } from "@/lib/loyalty/tiers";
import { tierBenefits } from "@/lib/loyalty/tiers";

/** The tier, its benefits and what the next one needs, e.g. "Spend $120.00 more in 12 months to reach Gold". */
export function TierSummary({
  tier,
  next,
  spend12m,
  currency,
  who = "you",
}: {
  tier: MemberTier | null;
  next: NextTier | null;
  spend12m: number;
  currency: string;
  who?: "you" | "the customer";
}) {
  const benefits = tier ? tierBenefits(tier) : [];
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-2xl font-semibold">{tier ? tier.name : "No tier yet"}</p>
      <p className="text-zinc-600">{formatMoney({ amount: spend12m, currency })} spent in the last 12 months</p>
      {benefits.length > 0 && (
        <ul aria-label="Tier benefits" className="list-inside list-disc text-zinc-800">
          {benefits.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {next ? (
        <p className="text-zinc-800">
          {who === "you" ? "Spend" : "Spending"} {formatMoney({ amount: next.missing, currency })} more in 12 months{" "}
          {who === "you" ? "to reach" : "reaches"} {next.tier.name}
          {tierBenefits(next.tier).length > 0 && ` (${tierBenefits(next.tier).join(", ").toLowerCase()})`}.
        </p>
      ) : (
        tier && <p className="text-zinc-800">This is the highest tier.</p>
      )}
    </div>
  );
}
