import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { users, type UserRow } from "@/db/schema";
import { consumeSmsCode } from "./codes";
import { isProvenAccount, PHONE_ACCOUNT_EMAIL_DOMAIN } from "./rules";

export type PhoneSignIn = { user: UserRow; created: boolean };

const lockNumber = (tx: DbOrTx, phone: string) => tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`phone:${phone}`}))`);

/** The account whose proven number is `phone`, locked for the rest of the transaction. */
async function accountOfVerifiedPhone(tx: DbOrTx, phone: string): Promise<UserRow | null> {
  const [user] = await tx
    .select()
    .from(users)
    .where(and(eq(users.phone, phone), isNotNull(users.phoneVerifiedAt)))
    .for("update")
    .limit(1);
  return user ?? null;
}

/**
 * Signs in with an SMS code: uses the code up and finds the account of that
 * proven number, or creates one (name from sign-up). Only a proven number signs
 * in: an account that merely typed it (never verified) is not reached, and
 * loses the unproven claim. Null for a wrong (counted), expired or used code,
 * or a disabled account.
 */
export async function signInWithPhoneCode(phone: string, code: string, name = ""): Promise<PhoneSignIn | null> {
  const found = await db.transaction(async (tx) => {
    if (!(await consumeSmsCode(tx, "sign_in", phone, code))) return null;
    await lockNumber(tx, phone);
    const existing = await accountOfVerifiedPhone(tx, phone);
    if (existing) return { user: existing, created: false };
    await tx
      .update(users)
      .set({ phone: null })
      .where(and(eq(users.phone, phone), isNull(users.phoneVerifiedAt)));
    const [created] = await tx
      .insert(users)
      .values({
        email: `${randomUUID()}@${PHONE_ACCOUNT_EMAIL_DOMAIN}`,
        name: name.trim().slice(0, 100),
        phone,
        phoneVerifiedAt: sql`now()`,
      })
      .returning();
    return { user: created!, created: true };
  });
  if (!found) return null;
  return found.user.disabled ? null : found;
}

export type AddPhoneResult = { ok: true } | { ok: false; reason: "wrong-code" | "taken" | "unconfirmed" };

/**
 * Adds a proven number to the signed-in account `userId`: the code was sent to
 * `phone` for this account. Refused when another account already holds it proven.
 */
export async function verifyOwnPhone(userId: string, phone: string, code: string): Promise<AddPhoneResult> {
  return db.transaction(async (tx): Promise<AddPhoneResult> => {
    // Only an account whose owner has proven it: a number added to an account squatted before its owner confirmed
    // the e-mail would stay with the squatter and sign them in by SMS once the owner had (an account takeover).
    const [owner] = await tx
      .select({ email: users.email, emailVerifiedAt: users.emailVerifiedAt, phoneVerifiedAt: users.phoneVerifiedAt })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!owner || !isProvenAccount(owner)) return { ok: false, reason: "unconfirmed" };
    if (!(await consumeSmsCode(tx, "verify", phone, code, userId))) return { ok: false, reason: "wrong-code" };
    await lockNumber(tx, phone);
    const holder = await accountOfVerifiedPhone(tx, phone);
    if (holder && holder.id !== userId) return { ok: false, reason: "taken" };
    await tx
      .update(users)
      .set({ phone: null })
      .where(and(eq(users.phone, phone), isNull(users.phoneVerifiedAt), ne(users.id, userId)));
    await tx
      .update(users)
      .set({ phone, phoneVerifiedAt: sql`now()` })
      .where(eq(users.id, userId));
    return { ok: true };
  });
}
