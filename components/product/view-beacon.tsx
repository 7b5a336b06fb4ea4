"use client";

import { useEffect } from "react";

/** Tells the shop this product was viewed (recently viewed list); renders nothing. */
export function ViewBeacon({ productId }: { productId: number }) {
  useEffect(() => {
    fetch("/api/me/recently-viewed", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ productId }),
      keepalive: true,
    }).catch(() => {}); // history is a convenience: never bother the shopper with it
  }, [productId]);
  return null;
}
