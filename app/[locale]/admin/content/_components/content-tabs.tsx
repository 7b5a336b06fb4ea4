import { Link } from "@/lib/i18n/navigation";

const TABS = [
  { key: "banners", href: "/admin/content", label: "Banners" },
  { key: "pages", href: "/admin/content/pages", label: "Pages" },
] as const;

/** The two kinds of content: home banners and the store's pages. */
export function ContentTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Content sections" className="mb-6">
      <ul className="flex gap-1 text-sm">
        {TABS.map((t) => (
          <li key={t.key}>
            <Link
              href={t.href}
              aria-current={t.key === current ? "page" : undefined}
              className="block rounded-lg px-3 py-2 text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
