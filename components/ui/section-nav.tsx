"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type SectionLink = { href: string; label: string };

/**
 * A vertical list of section links (a row on phones); the current one is marked
 * with aria-current. `root` is matched exactly, the others also by sub-path.
 */
export function SectionNav({ label, links, root }: { label: string; links: readonly SectionLink[]; root: string }) {
  const pathname = usePathname();
  const current = (href: string) => (href === root ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto whitespace-nowrap text-sm md:flex-col md:overflow-visible">
        {links.map((l) => (
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
