import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { staffAlerts } from "@/db/schema";
import type { StaffAlertKind } from "./kinds";

export type { StaffAlertKind } from "./kinds";
export { ALERT_KINDS } from "./kinds";

export type NewAlert = { kind: StaffAlertKind; title: string; body?: string; href: string };

/**
 * Records an alert for the whole team, in the caller's transaction when given one
 * (so it exists only if what it tells about committed). Staff see it in the bell
 * and get it by e-mail according to their preferences; the e-mails go out later
 * from the job runner (./dispatch.ts), never on this request.
 */
export async function raiseAlert(conn: DbOrTx, alert: NewAlert): Promise<void> {
  await conn.insert(staffAlerts).values({ kind: alert.kind, title: alert.title, body: alert.body ?? "", href: alert.href });
}

/**
 * Like raiseAlert, but at most one alert of this kind per minute: for what an
 * outsider can trigger at will (forged payment webhooks), so a flood makes one
 * alert a minute, not thousands. Concurrent callers are serialised by a
 * transaction-level advisory lock per kind; the common case (an alert already
 * raised this minute) returns after one indexed read without taking it.
 * Returns whether an alert was recorded.
 */
export async function raiseThrottledAlert(conn: DbOrTx, alert: NewAlert): Promise<boolean> {
  const recent = () =>
    conn.execute(sql`select 1 from ${staffAlerts}
      where ${staffAlerts.kind} = ${alert.kind} and ${staffAlerts.createdAt} >= date_trunc('minute', now()) limit 1`);
  if ((await recent()).length > 0) return false;
  return conn.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`mercato.staff_alert.${alert.kind}`}))`);
    const again = await tx.execute(sql`select 1 from ${staffAlerts}
      where ${staffAlerts.kind} = ${alert.kind} and ${staffAlerts.createdAt} >= date_trunc('minute', clock_timestamp()) limit 1`);
    if (again.length > 0) return false;
    await tx
      .insert(staffAlerts)
      .values({ kind: alert.kind, title: alert.title, body: alert.body ?? "", href: alert.href, createdAt: sql`clock_timestamp()` });
    return true;
  });
}
