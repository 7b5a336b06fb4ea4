import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { formatDateTime } from "@/app/[locale]/(shop)/orders/[number]/_components/format";
import { requireStaffPage } from "@/lib/auth/staff";
import { listAlerts } from "@/lib/alerts/queries";
import { MarkAllReadForm } from "./_components/mark-all-read-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminAlerts"))("title") };
}

type Props = { searchParams: Promise<{ before?: string }> };

/** The staff member's alerts, newest first; unread ones are marked, opening one marks it read. */
export default async function AdminAlertsPage({ searchParams }: Props) {
  const user = await requireStaffPage("/admin/alerts");
  const { before } = await searchParams;
  const cursor = Number(before);
  const { alerts, next } = await listAlerts(user.id, Number.isSafeInteger(cursor) && cursor > 0 ? cursor : undefined);
  const unread = alerts.filter((a) => !a.read).length;
  const [t, locale] = await Promise.all([getTranslations("adminAlerts"), getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/alerts/settings" className="text-sm underline">
          {t("settingsLink")}
        </Link>
        <Link href="/admin/jobs" className="text-sm underline">
          {t("failedJobs")}
        </Link>
      </PageHeader>
      <div className="mb-4">
        <MarkAllReadForm />
      </div>
      {alerts.length === 0 ? (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white p-6 text-zinc-600">
          {t("none")}
        </p>
      ) : (
        <ul aria-label={t("listLabel", { count: unread })} className="divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white">
          {alerts.map((a) => (
            <li key={a.id} className={`flex flex-col gap-1 p-4 ${a.read ? "" : "bg-sky-50"}`}>
              <div className="flex flex-wrap items-baseline gap-2">
                {!a.read && <span className="rounded-full bg-sky-700 px-2 py-0.5 text-xs font-medium text-white">{t("unread")}</span>}
                <Link href={`/admin/alerts/${a.id}`} prefetch={false} className={`underline ${a.read ? "" : "font-semibold"}`}>
                  {a.title}
                </Link>
              </div>
              {a.body && <p className="text-sm text-zinc-700">{a.body}</p>}
              <p className="text-xs text-zinc-600">
                {/* messages: adminAlerts.kind.* */}
                {t(`kind.${a.kind}`)} · <time dateTime={a.createdAt.toISOString()}>{formatDateTime(a.createdAt, locale)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      {next && (
        <p className="mt-4">
          <Link href={`/admin/alerts?before=${next}`} className="underline">
            {t("older")}
          </Link>
        </p>
      )}
    </>
  );
}
