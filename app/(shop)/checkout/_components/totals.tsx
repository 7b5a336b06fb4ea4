import { shippingCost, type ShippingMethod } from "@/lib/checkout/shipping-rules";
import { formatMoney } from "@/lib/money";

/** Subtotal, shipping and total as they will be charged (the server computes them again when the order is placed). */
export function Totals({ subtotal, currency, method }: { subtotal: number; currency: string; method?: ShippingMethod }) {
  const shipping = method ? shippingCost(method, subtotal) : null;
  const money = (amount: number) => formatMoney({ amount, currency });
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-y-1 rounded-xl bg-zinc-50 p-4 text-sm">
      <dt>Subtotal</dt>
      <dd className="text-right">{money(subtotal)}</dd>
      <dt>Shipping</dt>
      <dd className="text-right">{shipping == null ? "Choose a method" : shipping === 0 ? "Free" : money(shipping)}</dd>
      <dt className="text-base font-semibold">Total</dt>
      <dd className="text-right text-base font-semibold">{money(subtotal + (shipping ?? 0))}</dd>
    </dl>
  );
}
