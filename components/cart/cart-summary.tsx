import Link from "next/link";
import type { CartView } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";

/** Subtotal of what can be bought, and the way to checkout (only when something can be). */
export function CartSummary({ cart }: { cart: CartView }) {
  const ready = cart.itemCount > 0;
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-2xl bg-zinc-50 p-5">
      <h2 id="summary-heading" className="text-lg font-semibold">
        Summary
      </h2>
      <dl className="flex justify-between gap-4">
        <dt>
          Subtotal ({cart.itemCount} {cart.itemCount === 1 ? "item" : "items"})
        </dt>
        <dd className="font-semibold">{formatMoney({ amount: cart.subtotal, currency: cart.currency })}</dd>
      </dl>
      <p className="text-sm text-zinc-600">Shipping is chosen and added at checkout.</p>
      {ready ? (
        <Link href="/checkout" className="rounded-full bg-zinc-900 px-6 py-3 text-center font-medium text-white hover:bg-zinc-700">
          Checkout
        </Link>
      ) : (
        <>
          <span
            aria-disabled="true"
            className="cursor-not-allowed rounded-full bg-zinc-300 px-6 py-3 text-center font-medium text-zinc-600"
          >
            Checkout
          </span>
          <p className="text-sm text-zinc-600">Nothing in your cart can be bought right now: remove the items marked above.</p>
        </>
      )}
    </section>
  );
}
