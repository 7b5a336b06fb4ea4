import { redirect } from "next/navigation";
import { localized } from "@/lib/i18n/server";
import { getAlert } from "@/lib/alerts/queries";
import { markAlertRead } from "@/lib/alerts/mutations";
import { safeAlertHref } from "@/lib/alerts/kinds";
import { alertIdSchema } from "@/lib/alerts/schema";
import { requireStaffAction } from "@/lib/auth/staff";

/**
 * Opening an alert (a link on /admin/alerts): marks it read for this staff member
 * and goes to the page it is about. Anyone else is sent to sign in; only
 * back-office paths are followed. A link from another site (the browser's
 * Sec-Fetch-Site) still leads there but marks nothing read: it is a GET, which a
 * page elsewhere could make a signed-in merchant's browser send.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const check = await requireStaffAction();
  if (!check.ok) redirect(await localized(`/sign-in?next=${encodeURIComponent(`/admin/alerts/${id}`)}`));
  const parsed = alertIdSchema.safeParse(id);
  const alert = parsed.success ? await getAlert(parsed.data) : null;
  if (!alert) redirect(await localized("/admin/alerts"));
  const site = request.headers.get("sec-fetch-site");
  if (site !== "cross-site" && site !== "same-site") await markAlertRead(check.user.id, alert.id);
  redirect(await localized(safeAlertHref(alert.href)));
}
