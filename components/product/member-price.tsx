"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { usePageLocale } from "@/lib/i18n/use-page-locale";
import { memberPrice, type MemberPriceResponse } from "@/lib/loyalty/member-price";
import { formatMoney, type Money } from "@/lib/money";

// Asked when the price first shows on a page (a variant change re-renders it without asking again). Never kept
// across pages: signing in or out navigates without reloading the document, and a tier kept here would show one
// shopper's member price to the next in the same tab.
const loadTier = () =>
  fetch("/api/me/tier", { cache: "no-store" })
    .then((res) => (res.ok ? (res.json() as Promise<MemberPriceResponse>) : { tier: null }))
    .catch(() => ({ tier: null }));

/** "Gold price $X" for a signed-in member whose tier takes a percent off; nothing for anyone else. The page stays cached HTML. */
export function MemberPrice({ price }: { price: Money }) {
  const t = useTranslations("product.member");
  const locale = usePageLocale();
  const [tier, setTier] = useState<MemberPriceResponse["tier"]>(null);
  useEffect(() => {
    let live = true;
    void loadTier().then((r) => live && setTier(r.tier));
    return () => {
      live = false;
    };
  }, []);
  if (!tier) return null;
  return (
    <p className="text-sm font-medium text-emerald-800">
      {t("price", {
        tier: tier.name,
        price: formatMoney({ amount: memberPrice(price.amount, tier.percentOff), currency: price.currency }, locale),
      })}
      <span className="font-normal text-zinc-600"> {t("discount", { percent: tier.percentOff })}</span>
    </p>
  );
}
