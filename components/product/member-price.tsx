"use client";

import { useEffect, useState } from "react";
import { memberPrice, type MemberPriceResponse } from "@/lib/loyalty/member-price";
import { formatMoney, type Money } from "@/lib/money";

// One request per page view, whichever variant is shown.
let pending: Promise<MemberPriceResponse> | null = null;
const loadTier = () =>
  (pending ??= fetch("/api/me/tier", { cache: "no-store" })
    .then((res) => (res.ok ? (res.json() as Promise<MemberPriceResponse>) : { tier: null }))
    .catch(() => ({ tier: null })));

/** "Gold price $X" for a signed-in member whose tier takes a percent off; nothing for anyone else. The page stays cached HTML. */
export function MemberPrice({ price }: { price: Money }) {
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
      {tier.name} price {formatMoney({ amount: memberPrice(price.amount, tier.percentOff), currency: price.currency })}
      <span className="font-normal text-zinc-600"> ({tier.percentOff}% member discount at checkout)</span>
    </p>
  );
}
