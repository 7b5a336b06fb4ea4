import Link from "next/link";
import { Suspense } from "react";
import { HeaderSearch } from "@/components/search/header-search";
import { SearchBox } from "@/components/search/search-box";
import { getCachedCategoryTree } from "@/lib/catalog/cached";
import { storeName } from "@/lib/catalog/store";

export async function SiteHeader() {
  const tree = await getCachedCategoryTree();
  const name = storeName();
  return (
    <header className="sticky top-0 z-40 border-b border-zinc-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">
          {name}
        </Link>
        <div className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
          <Suspense fallback={<SearchBox />}>
            <HeaderSearch />
          </Suspense>
        </div>
        <nav aria-label="Account" className="ml-auto flex items-center gap-4 text-sm font-medium sm:ml-0">
          <Link href="/cart" aria-label="Cart, 0 items" className="flex items-center gap-1.5 hover:underline">
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6" />
              <circle cx="10" cy="20" r="1.3" />
              <circle cx="17" cy="20" r="1.3" />
            </svg>
            Cart <span className="rounded-full bg-zinc-900 px-1.5 text-xs text-white">0</span>
          </Link>
        </nav>
      </div>
      <nav aria-label="Categories" className="border-t border-zinc-100">
        <ul className="mx-auto flex max-w-7xl gap-5 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap text-zinc-700">
          {tree.map((c) => (
            <li key={c.id}>
              <Link href={`/c/${c.slug}`} className="hover:text-zinc-950 hover:underline">
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
