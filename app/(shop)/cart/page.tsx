import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Cart", robots: { index: false } };

// The cart itself arrives with accounts and checkout; until then it is always empty.
export default async function CartPage() {
  await connection(); // per request: carts are per shopper
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 py-24 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Your cart is empty</h1>
      <p className="text-zinc-600">Browse the shop and find something you like.</p>
      <Link href="/" className="rounded-full bg-zinc-900 px-4 py-2 text-white">
        Continue shopping
      </Link>
    </div>
  );
}
