import "server-only";
import { db } from "@/db";
import { listAddresses } from "@/lib/addresses/queries";
import type { AddressView } from "@/lib/addresses/types";
import { storeCurrency } from "@/lib/settings/store";
import { readCartLines, subtotalOf, type CheckoutLine } from "./cart-lines";
import { listActiveShippingMethods, type ShippingMethod } from "./shipping";

export type CheckoutPageData = {
  lines: CheckoutLine[];
  subtotal: number;
  currency: string;
  methods: ShippingMethod[];
  addresses: AddressView[];
};

/** What the checkout page shows: the cart priced from the database, the shipping methods, the shopper's saved addresses. */
export async function getCheckoutPageData(cartId: string | null, userId: string | null): Promise<CheckoutPageData> {
  const [lines, methods, addresses, currency] = await Promise.all([
    cartId ? readCartLines(db, cartId) : Promise.resolve([]),
    listActiveShippingMethods(db),
    userId ? listAddresses(userId) : Promise.resolve([]),
    storeCurrency(),
  ]);
  return { lines, subtotal: subtotalOf(lines), currency: lines[0]?.currency ?? currency, methods, addresses };
}
