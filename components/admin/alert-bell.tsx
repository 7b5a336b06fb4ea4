import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { bellBadge } from "@/lib/alerts/kinds";
import { countUnreadAlerts } from "@/lib/alerts/queries";

/** The back office's bell: a link to /admin/alerts named with the unread count ("Alerts, 3 unread"). */
export async function AlertBell({ userId }: { userId: string }) {
  const [badge, t] = await Promise.all([countUnreadAlerts(userId).then((n) => bellBadge(n)), getTranslations("adminAlerts")]);
  const name = badge ? t("bellUnread", { count: badge }) : t("bellNone");
  return (
    <Link href="/admin/alerts" aria-label={name} className="relative inline-flex items-center text-zinc-700 hover:text-zinc-950">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {badge && (
        <span aria-hidden="true" className="ml-0.5 rounded-full bg-rose-700 px-1.5 text-xs font-semibold leading-5 text-white">
          {badge}
        </span>
      )}
    </Link>
  );
}
