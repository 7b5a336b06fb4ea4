"use client";

import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { MeResponse } from "@/lib/accounts/types";
import { CART_CHANGED_EVENT, type CartChangedDetail } from "@/lib/cart/events";

const guest: MeResponse = { user: null, cartCount: 0 };

/**
 * Cart count and the account link: per shopper, so fetched in the browser
 * (the header is part of cached pages). Renders the guest view until then,
 * which is also what works without JavaScript.
 */
export function HeaderAccount() {
  const t = useTranslations("layout.header");
  const pathname = usePathname();
  const [me, setMe] = useState<MeResponse>(guest);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const onChange = (event: Event) => {
      const count = (event as CustomEvent<CartChangedDetail>).detail?.count;
      if (typeof count === "number") setMe((m) => ({ ...m, cartCount: count }));
      else setVersion((v) => v + 1);
    };
    window.addEventListener(CART_CHANGED_EVENT, onChange);
    return () => window.removeEventListener(CART_CHANGED_EVENT, onChange);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<MeResponse>) : null))
      .then((data) => data && setMe(data))
      .catch(() => {}); // offline or aborted: keep what is shown
    return () => controller.abort();
  }, [pathname, version]);

  const n = me.cartCount;
  return (
    <>
      <Link href="/cart" aria-label={t("cartLabel", { count: n })} className="flex items-center gap-1.5 hover:underline">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" />
          <circle cx="10" cy="20" r="1.3" />
          <circle cx="17" cy="20" r="1.3" />
        </svg>
        {t("cart")} <span className="rounded-full bg-zinc-900 px-1.5 text-xs text-white">{n}</span>
      </Link>
      {me.user ? (
        <Link href="/account" className="hover:underline">
          {t("account")}
        </Link>
      ) : (
        <Link href="/sign-in" className="hover:underline">
          {t("signIn")}
        </Link>
      )}
    </>
  );
}
