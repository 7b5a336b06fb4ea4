import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { staffAlertPreferences, staffAlertReads, staffAlerts } from "@/db/schema";
import type { AlertPreference } from "./kinds";

/** Marks one alert read for this staff member (again: nothing changes). */
export async function markAlertRead(userId: string, alertId: number): Promise<void> {
  await db.insert(staffAlertReads).values({ userId, alertId }).onConflictDoNothing();
}

/** Marks every alert in this staff member's bell read; returns how many were unread. */
export async function markAllAlertsRead(userId: string): Promise<number> {
  const rows = await db.execute(sql`
    insert into ${staffAlertReads} (alert_id, user_id)
    select a.id, ${userId}::uuid from ${staffAlerts} a
    where not exists (select 1 from staff_alert_preferences p where p.user_id = ${userId} and p.kind = a.kind and not p.bell)
    on conflict do nothing
    returning alert_id`);
  return rows.length;
}

/** Saves this staff member's choice for every kind at once. */
export async function saveAlertPreferences(userId: string, prefs: readonly AlertPreference[]): Promise<void> {
  if (prefs.length === 0) return;
  await db
    .insert(staffAlertPreferences)
    .values(prefs.map((p) => ({ userId, kind: p.kind, bell: p.bell, email: p.email })))
    .onConflictDoUpdate({
      target: [staffAlertPreferences.userId, staffAlertPreferences.kind],
      set: { bell: sql`excluded.bell`, email: sql`excluded.email` },
    });
}
