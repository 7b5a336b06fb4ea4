import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { PageHeader } from "@/components/admin/page-header";
import { requireStaffPage } from "@/lib/auth/staff";
import { getAlertPreferences } from "@/lib/alerts/queries";
import { AlertPreferencesForm } from "./_components/alert-preferences-form";

export const metadata: Metadata = { title: "Alert settings" };

/** Each staff member's own choice, per kind of alert: in the bell, by e-mail. */
export default async function AlertSettingsPage() {
  const user = await requireStaffPage("/admin/alerts/settings");
  const prefs = await getAlertPreferences(user.id);
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/alerts" className="underline">
          ← Alerts
        </Link>
      </p>
      <PageHeader
        title="Alert settings"
        description={`Which alerts you see in the bell and get by e-mail (to ${user.email}). Other staff choose their own.`}
      />
      <AlertPreferencesForm prefs={prefs} />
    </>
  );
}
