import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

const TABS = [
  { key: "banners", href: "/admin/content" },
  { key: "pages", href: "/admin/content/pages" },
] as const;

/** The two kinds of content: home banners and the store's pages. */
export function ContentTabs({ current }: { current: (typeof TABS)[number]["key"] }) {
  const t = useTranslations("adminContent.tabs");
  // messages: adminContent.tabs.*
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex gap-1 text-sm">
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className="block rounded-lg px-3 py-2 text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
