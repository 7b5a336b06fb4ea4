import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users, type UserRow } from "@/db/schema";
import { clearLimit } from "@/lib/rate-limit";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schema";
import { consumeResetToken, consumeSignInCode } from "./tokens";
import { normaliseEmail } from "./users";

export type CreateUserResult = { ok: true; user: UserRow } | { ok: false; reason: "email-taken" };

/** A customer account with a password; refuses an e-mail that already has an account. */
export async function createUserWithPassword(input: SignUpInput): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name.trim(), passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return user ? { ok: true, user } : { ok: false, reason: "email-taken" };
}

export type FoundUser = { user: UserRow; created: boolean };

/** Whether whoever just proved the e-mail also set the account's current password (see sign-up-proof.ts). */
export type PasswordOwnerCheck = (user: UserRow) => boolean;

/**
 * The account of an e-mail address its owner has just proved (a code, a
 * verified OAuth e-mail): created passwordless when missing, marked verified.
 * The first proof on an account never verified also removes its password and
 * ends every earlier session (sessionVersion + 1): whoever chose that password
 * never showed the e-mail was theirs (pre-registration takeover). Only a
 * prover who shows they set that password (`setPassword`) keeps it.
 */
export async function findOrCreateVerifiedUser(
  tx: DbOrTx,
  rawEmail: string,
  name = "",
  setPassword?: PasswordOwnerCheck,
): Promise<FoundUser> {
  const email = normaliseEmail(rawEmail);
  const [created] = await tx
    .insert(users)
    .values({ email, name: name.trim().slice(0, 100), emailVerifiedAt: sql`now()` })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (created) return { user: created, created: true };
  const [existing] = await tx.select().from(users).where(eq(users.email, email)).for("update").limit(1);
  if (!existing) throw new Error(`The account of ${email} vanished while signing in`);
  if (existing.emailVerifiedAt) return { user: existing, created: false };
  const keep = !!existing.passwordHash && !!setPassword?.(existing);
  // Not the prover's password: whoever set it (and any number they proved on the account) loses it, and its sessions end.
  const squatted = { passwordHash: null, phone: null, phoneVerifiedAt: null, sessionVersion: sql`${users.sessionVersion} + 1` };
  const [verified] = await tx
    .update(users)
    .set({ emailVerifiedAt: sql`now()`, ...(keep ? {} : squatted) })
    .where(eq(users.id, existing.id))
    .returning();
  return { user: verified!, created: false };
}

/**
 * Signs in with an e-mailed code: uses the code up and finds or creates the
 * account in one transaction. Null for a wrong (counted), expired or used code,
 * or a disabled account.
 */
export async function signInWithCode(rawEmail: string, code: string, setPassword?: PasswordOwnerCheck): Promise<FoundUser | null> {
  const email = normaliseEmail(rawEmail);
  const found = await db.transaction(async (tx) =>
    (await consumeSignInCode(tx, email, code)) ? findOrCreateVerifiedUser(tx, email, "", setPassword) : null,
  );
  if (!found) return null;
  return found.user.disabled ? null : found;
}

/**
 * Confirms the e-mail of the signed-in account `userId` with a code sent to it.
 * Keeps the password and the sessions: the session already shows its holder
 * set the password, the code shows they read the mail. False for a wrong
 * (counted), expired or used code.
 */
export async function confirmOwnEmail(userId: string, code: string): Promise<boolean> {
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return false;
  const confirmed = await db.transaction(async (tx) => {
    if (!(await consumeSignInCode(tx, user.email, code))) return false;
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, userId));
    return true;
  });
  return confirmed;
}

export type ResetResult = { ok: true; email: string } | { ok: false };

/**
 * Sets a new password from a reset link: uses the token up, stores the hash,
 * ends every session (sessionVersion + 1) and lifts the account's sign-in
 * throttle, since the owner has just proved the e-mail is theirs.
 */
export async function resetPasswordWithToken(token: string, newPassword: string): Promise<ResetResult> {
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const email = await consumeResetToken(tx, token);
    if (!email) return { ok: false };
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        // First proof of the e-mail: a number proved on the account before it (by whoever squatted it) goes.
        phone: sql`case when ${users.emailVerifiedAt} is null then null else ${users.phone} end`,
        phoneVerifiedAt: sql`case when ${users.emailVerifiedAt} is null then null else ${users.phoneVerifiedAt} end`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(eq(users.email, email))
      .returning({ id: users.id });
    if (!user) return { ok: false };
    await clearLimit("signInAccount", email);
    return { ok: true, email };
  });
}

export type AdminResult = { action: "created" | "promoted" | "already-admin"; passwordSet: boolean; user: UserRow };

/**
 * Makes `email` an admin: creates the account (a password is then required) or
 * promotes an existing one; a given password replaces the old one and ends its sessions.
 */
export async function createOrPromoteAdmin(input: { email: string; password?: string; name?: string }): Promise<AdminResult> {
  const email = normaliseEmail(input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, email)).for("update").limit(1);
    if (!existing) {
      if (!passwordHash) throw new Error(`There is no account for ${email}: give --password to create one.`);
      const [user] = await tx
        .insert(users)
        .values({ email, name: input.name?.trim() ?? "", passwordHash, role: "admin", emailVerifiedAt: sql`now()` })
        .returning();
      return { action: "created", passwordSet: true, user: user! };
    }
    const [user] = await tx
      .update(users)
      .set({
        role: "admin",
        ...(input.name?.trim() ? { name: input.name.trim() } : {}),
        ...(passwordHash ? { passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, existing.id))
      .returning();
    return { action: existing.role === "admin" ? "already-admin" : "promoted", passwordSet: !!passwordHash, user: user! };
  });
}
