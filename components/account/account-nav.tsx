"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/account", label: "Overview" },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/addresses", label: "Addresses" },
  { href: "/account/orders", label: "Orders" },
  { href: "/account/favourites", label: "Favourites" },
  { href: "/account/recently-viewed", label: "Recently viewed" },
  { href: "/account/reviews", label: "Reviews" },
] as const;

/** The account area's sections; the current one is marked for screen readers too. */
export function AccountNav() {
  const pathname = usePathname();
  const current = (href: string) => (href === "/account" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Account sections">
      <ul className="flex gap-1 overflow-x-auto whitespace-nowrap text-sm md:flex-col md:overflow-visible">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current(l.href) ? "page" : undefined}
              className="block rounded-lg px-3 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
