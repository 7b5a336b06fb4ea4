import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users, type UserRole } from "@/db/schema";

export type RoleChangeResult = { ok: true; role: UserRole; changed: boolean } | { ok: false; error: string };

/**
 * Gives `userId` the role `role`, on behalf of admin `actorId`. Refused for the
 * actor's own account and when it would leave the shop without an admin. The
 * admins' rows are locked first, so two admins demoting each other at once
 * cannot both succeed (the second finds its caller no longer an admin). Disabled
 * admins, who cannot sign in, do not count. Runs in `conn` (a savepoint when
 * that is a transaction).
 */
export async function changeUserRole(actorId: string, userId: string, role: UserRole, conn: DbOrTx = db): Promise<RoleChangeResult> {
  if (actorId === userId) return { ok: false, error: "You cannot change your own role: ask another admin." };
  return conn.transaction(async (tx) => {
    const admins = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.disabled, false)))
      .orderBy(users.id)
      .for("update");
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
    if (!target) return { ok: false, error: "That account no longer exists." };
    if (target.role === role) return { ok: true, role, changed: false };
    if (target.role === "admin" && admins.filter((a) => a.id !== userId).length === 0) {
      return { ok: false, error: "This is the only admin: make someone else an admin first." };
    }
    // The caller's session said admin; make sure that is still true now that the admins are locked.
    if (!admins.some((a) => a.id === actorId)) return { ok: false, error: "Only an admin can change roles." };
    await tx
      .update(users)
      .set({ role, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    return { ok: true, role, changed: true };
  });
}
