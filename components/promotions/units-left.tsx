/** "12 left" or "Sold out" for a flash sale's cap (not the variant's stock). */
export function UnitsLeft({ remaining }: { remaining: number }) {
  return remaining > 0 ? (
    <span className="font-medium text-rose-700">{remaining} left</span>
  ) : (
    <span className="font-medium text-zinc-500">Sold out</span>
  );
}
