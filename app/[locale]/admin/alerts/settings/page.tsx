import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { getAlertPreferences } from "@/lib/alerts/queries";
import { AlertPreferencesForm } from "./_components/alert-preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminAlerts.settings"))("title") };
}

/** Each staff member's own choice, per kind of alert: in the bell, by e-mail. */
export default async function AlertSettingsPage() {
  const user = await requireStaffPage("/admin/alerts/settings");
  const [prefs, t] = await Promise.all([getAlertPreferences(user.id), getTranslations("adminAlerts.settings")]);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/alerts" className="underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title")} description={t("description", { email: user.email })} />
      <AlertPreferencesForm prefs={prefs} />
    </>
  );
}
