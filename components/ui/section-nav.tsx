"use client";

import { Link } from "@/lib/i18n/navigation";
import { usePathname } from "@/lib/i18n/navigation";

/** `count`: a number shown beside the label (e.g. what waits for staff), read as the link's description, so its name stays the label. */
export type SectionLink = { href: string; label: string; count?: { value: number; description: string } };

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
              aria-describedby={l.count ? `nav-count-${l.href.replace(/\W+/g, "-")}` : undefined}
              className="flex items-center justify-between gap-2 rounded-lg px-3 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-950 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
            >
              {l.label}
              {l.count && (
                <span
                  id={`nav-count-${l.href.replace(/\W+/g, "-")}`}
                  aria-hidden="true"
                  className="rounded-full bg-amber-100 px-2 text-xs font-semibold text-amber-900"
                >
                  {l.count.value}
                  <span className="sr-only"> {l.count.description}</span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
