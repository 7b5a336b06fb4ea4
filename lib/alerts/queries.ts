import "server-only";
import { and, desc, eq, lt, sql } from "drizzle-orm";
import { db } from "@/db";
import { staffAlertPreferences, staffAlerts } from "@/db/schema";
import { BELL_CAP, BELL_DAYS, resolvePreferences, type AlertPreference, type StaffAlertKind } from "./kinds";

export type AlertView = { id: number; kind: StaffAlertKind; title: string; body: string; href: string; createdAt: Date; read: boolean };

/** Alerts of the kinds this staff member keeps in the bell (no preference row: yes). */
const inBell = (userId: string) =>
  sql`not exists (select 1 from staff_alert_preferences p where p.user_id = ${userId} and p.kind = ${staffAlerts.kind} and not p.bell)`;
const isRead = (userId: string) =>
  sql<boolean>`exists (select 1 from staff_alert_reads r where r.user_id = ${userId} and r.alert_id = ${staffAlerts.id})`;

/**
 * The bell's number: this staff member's unread alerts among the last BELL_DAYS
 * days, counted up to BELL_CAP. One range scan of staff_alerts_created_idx,
 * each row probed against the reads' primary key, stopping at the cap.
 */
export async function countUnreadAlerts(userId: string): Promise<number> {
  const rows = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from (
      select 1 from ${staffAlerts}
      where ${staffAlerts.createdAt} > now() - make_interval(days => ${BELL_DAYS})
        and ${inBell(userId)} and not ${isRead(userId)}
      order by ${staffAlerts.createdAt} desc
      limit ${BELL_CAP}
    ) unread`);
  return Number(rows[0]?.n ?? 0);
}

export const ALERTS_PAGE_SIZE = 50;

/** One page of this staff member's alerts (the kinds in their bell), newest first; `before` pages on by id. */
export async function listAlerts(userId: string, before?: number): Promise<{ alerts: AlertView[]; next: number | null }> {
  const rows = await db
    .select({
      id: staffAlerts.id,
      kind: staffAlerts.kind,
      title: staffAlerts.title,
      body: staffAlerts.body,
      href: staffAlerts.href,
      createdAt: staffAlerts.createdAt,
      read: isRead(userId),
    })
    .from(staffAlerts)
    .where(and(inBell(userId), before ? lt(staffAlerts.id, before) : undefined))
    .orderBy(desc(staffAlerts.createdAt), desc(staffAlerts.id))
    .limit(ALERTS_PAGE_SIZE + 1);
  const more = rows.length > ALERTS_PAGE_SIZE;
  const alerts = rows.slice(0, ALERTS_PAGE_SIZE);
  return { alerts, next: more ? alerts[alerts.length - 1]!.id : null };
}

/** One alert by id (any staff member may open any alert). */
export async function getAlert(id: number): Promise<{ id: number; href: string } | null> {
  const [row] = await db.select({ id: staffAlerts.id, href: staffAlerts.href }).from(staffAlerts).where(eq(staffAlerts.id, id)).limit(1);
  return row ?? null;
}

/** This staff member's choice for every kind (bell and e-mail on where they saved nothing). */
export async function getAlertPreferences(userId: string): Promise<AlertPreference[]> {
  const rows = await db
    .select({ kind: staffAlertPreferences.kind, bell: staffAlertPreferences.bell, email: staffAlertPreferences.email })
    .from(staffAlertPreferences)
    .where(eq(staffAlertPreferences.userId, userId));
  return resolvePreferences(rows);
}
