import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { staffAlertPreferences, staffAlerts, users } from "@/db/schema";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/send";
import { readStoreSettings } from "@/lib/settings/queries";
import { ALERT_KIND_LABELS, type StaffAlertKind } from "./kinds";

/** Alerts e-mailed per sweep (a backlog is worked off over the next sweeps). */
const BATCH = 50;
/** An alert still unsent after this long (the job was off) is marked sent without e-mailing: it is old news, the bell has it. */
const STALE_HOURS = 24;

type Pending = { id: number; kind: StaffAlertKind; title: string; body: string; href: string; stale: boolean };

/** The e-mail for one alert. */
export function alertMail(alert: Pick<Pending, "kind" | "title" | "body" | "href">, siteUrl: string, shop: string) {
  const origin = siteUrl.replace(/\/$/, "");
  const text = [
    alert.title,
    ...(alert.body ? ["", alert.body] : []),
    "",
    `Open it: ${origin}${alert.href}`,
    "",
    `You get this because you are staff at ${shop} and chose e-mails for “${ALERT_KIND_LABELS[alert.kind]}”.`,
    `Choose which alerts you get: ${origin}/admin/alerts/settings`,
  ].join("\n");
  return { subject: `[${shop}] ${alert.title}`, text, template: `staff-alert-${alert.kind.replaceAll("_", "-")}` };
}

/**
 * Sends the e-mails of alerts not sent yet, off the request path (the job runner
 * calls it): for each, one e-mail to every active staff member and admin who wants
 * that kind by e-mail (no preference row: yes), then sets emailedAt. The alerts
 * are claimed with FOR UPDATE SKIP LOCKED in one transaction, so two instances
 * sweeping at once never send the same alert twice. Returns how many alerts went out.
 */
export async function emailPendingAlerts(): Promise<number> {
  const site = env().SITE_URL;
  // Jobs run outside any request, where Next's data cache is missing: read the settings uncached.
  const shop = (await readStoreSettings()).storeName;
  return db.transaction(async (tx) => {
    const pending = await tx.execute<Pending>(sql`
      select id, kind, title, body, href, created_at < now() - make_interval(hours => ${STALE_HOURS}) as stale
      from staff_alerts where emailed_at is null
      order by id limit ${BATCH}
      for update skip locked`);
    if (pending.length === 0) return 0;
    const staff = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(inArray(users.role, ["staff", "admin"]), eq(users.disabled, false)));
    const optedOut = await tx
      .select({ userId: staffAlertPreferences.userId, kind: staffAlertPreferences.kind })
      .from(staffAlertPreferences)
      .where(eq(staffAlertPreferences.email, false));
    const off = new Set(optedOut.map((o) => `${o.userId} ${o.kind}`));
    const wants = (userId: string, kind: StaffAlertKind) => !off.has(`${userId} ${kind}`);
    let sent = 0;
    for (const alert of pending) {
      if (alert.stale) continue;
      const mail = alertMail(alert, site, shop);
      for (const member of staff) if (wants(member.id, alert.kind)) await queueMail({ to: member.email, ...mail }, tx);
      sent++;
    }
    const ids = pending.map((a) => Number(a.id));
    await tx
      .update(staffAlerts)
      .set({ emailedAt: sql`now()` })
      .where(inArray(staffAlerts.id, ids));
    return sent;
  });
}
