import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

export async function updateName(userId: string, name: string): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

export type PasswordChangeResult =
  { ok: true; email: string } | { ok: false; field: "currentPassword" | "newPassword"; error: string; wrongPassword?: boolean };

/**
 * Sets a new password. An account that has one must prove it with `current`;
 * one without (code or OAuth sign-in) may simply set one. Bumps the session
 * version, which signs out every other browser.
 */
export async function changePassword(userId: string, current: string | undefined, next: string): Promise<PasswordChangeResult> {
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) return { ok: false, field: "currentPassword", error: "Your account could not be found. Sign in again." };
  if (user.passwordHash) {
    if (!current) return { ok: false, field: "currentPassword", error: "Enter your current password." };
    if (!(await verifyPassword(user.passwordHash, current))) {
      return {
        ok: false,
        field: "currentPassword",
        error: "That is not your current password. Check it and try again.",
        wrongPassword: true,
      };
    }
    if (current === next) return { ok: false, field: "newPassword", error: "Choose a password different from the current one." };
  }
  const passwordHash = await hashPassword(next);
  // Only over the password that was just checked: a change made meanwhile in another tab wins.
  const updated = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), user.passwordHash ? eq(users.passwordHash, user.passwordHash) : isNull(users.passwordHash)))
    .returning({ id: users.id });
  if (updated.length === 0) {
    return { ok: false, field: "currentPassword", error: "Your password was changed meanwhile. Reload the page and try again." };
  }
  return { ok: true, email: user.email };
}
