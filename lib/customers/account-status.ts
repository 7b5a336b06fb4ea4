import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { users } from "@/db/schema";
import { endAllSessions } from "@/lib/auth/end-sessions";

export type AccountControlResult = { ok: true } | { ok: false; error: string };

/**
 * Runs `change` on account `userId` for admin `actorId`, never on the actor's
 * own account. Both rows are locked in id order, and the actor must still be
 * an enabled admin then, so two admins disabling each other at once cannot
 * both succeed (nor deadlock).
 */
async function asAdmin(actorId: string, userId: string, change: (tx: Tx) => Promise<void>): Promise<AccountControlResult> {
  if (actorId === userId) return { ok: false, error: "This is your own account: ask another admin." };
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: users.id, role: users.role, disabled: users.disabled })
      .from(users)
      .where(inArray(users.id, [actorId, userId]))
      .orderBy(users.id)
      .for("update");
    const actor = rows.find((r) => r.id === actorId);
    if (!actor || actor.role !== "admin" || actor.disabled) return { ok: false, error: "Only an admin can do this." } as const;
    if (!rows.some((r) => r.id === userId)) return { ok: false, error: "That account no longer exists." } as const;
    await change(tx);
    return { ok: true } as const;
  });
}

/**
 * Disables (or re-enables) an account. A disabled account cannot sign in by any
 * method and its sessions end at once; re-enabling does not bring them back.
 */
export function setAccountDisabled(actorId: string, userId: string, disabled: boolean): Promise<AccountControlResult> {
  return asAdmin(actorId, userId, async (tx) => {
    await tx
      .update(users)
      .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
  });
}

/** Signs the account out everywhere; it can sign in again. */
export function endAccountSessions(actorId: string, userId: string): Promise<AccountControlResult> {
  return asAdmin(actorId, userId, (tx) => endAllSessions(userId, tx));
}
