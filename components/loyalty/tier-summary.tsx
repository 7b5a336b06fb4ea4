import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money";
import type { MemberTier, NextTier } from "@/lib/loyalty/tiers";

/** The tier, its benefits and what the next one needs, e.g. "Spend $120.00 more in 12 months to reach Gold". */
export async function TierSummary({
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
  const [t, locale] = await Promise.all([getTranslations("loyalty"), getLocale()]);
  const money = (amount: number) => formatMoney({ amount, currency }, isLocale(locale) ? locale : "en");
  // What a tier gives, in words (lib/loyalty/tiers.ts tierBenefits says the same in English).
  const benefitsOf = (tier: MemberTier) => [
    ...(tier.percentOff > 0 ? [t("percentOff", { percent: tier.percentOff })] : []),
    ...(tier.freeShipping ? [t("freeShipping")] : []),
  ];
  const benefits = tier ? benefitsOf(tier) : [];
  const nextBenefits = next ? benefitsOf(next.tier) : [];
  const nextValues = next && {
    amount: money(next.missing),
    tier: next.tier.name,
    benefits: locale === "en" ? nextBenefits.join(", ").toLowerCase() : nextBenefits.join("、"),
  };
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-2xl font-semibold">{tier ? tier.name : t("noTier")}</p>
      <p className="text-zinc-600">{t("spent", { amount: money(spend12m) })}</p>
      {benefits.length > 0 && (
        <ul aria-label={t("benefits")} className="list-inside list-disc text-zinc-800">
          {benefits.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {nextValues ? (
        <p className="text-zinc-800">
          {nextBenefits.length > 0
            ? t(who === "you" ? "nextYouWithBenefits" : "nextCustomerWithBenefits", nextValues)
            : t(who === "you" ? "nextYou" : "nextCustomer", nextValues)}
        </p>
      ) : (
        tier && <p className="text-zinc-800">{t("top")}</p>
      )}
    </div>
  );
}
