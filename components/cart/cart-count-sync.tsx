"use client";

import { useEffect } from "react";
import { announceCartChanged } from "@/lib/cart/events";

/** Tells the header the count this cart page was rendered with (after every update or removal, too). */
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => announceCartChanged(count), [count]);
  return null;
}
