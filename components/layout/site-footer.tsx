import Link from "next/link";
import { storeName } from "@/lib/settings/store";

export async function SiteFooter() {
  const name = await storeName();
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50 text-sm text-zinc-600">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div>
          <p className="font-semibold text-zinc-900">{name}</p>
          <p className="mt-2">Everyday things, well made. Free standard shipping on orders over $50.</p>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Help</p>
          <ul className="mt-2 space-y-1">
            <li>Returns within 30 days of delivery</li>
            <li>Orders ship within 1–2 working days</li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-zinc-900">Shop</p>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/deals" className="hover:underline">
                Deals
              </Link>
            </li>
            <li>
              <Link href="/search?sort=newest" className="hover:underline">
                New arrivals
              </Link>
            </li>
            <li>
              <Link href="/search?sort=popular" className="hover:underline">
                Best sellers
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </footer>
  );
}
