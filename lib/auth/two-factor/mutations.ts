import "server-only";
import { verify } from "@node-rs/argon2";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db";
import { recoveryCodes, users } from "@/db/schema";
import { hashPassword } from "../password";
import { newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { seal, unseal } from "./secret-box";
import { matchTotp } from "./totp";

const ENROLMENT = "totp-enrolment";
const STORED = "totp-secret";
const ENROLMENT_MINUTES = 30;

/** The pending secret, sealed for the enrolment form (so nothing is stored before the first good code). */
export function enrolmentToken(userId: string, secret: string): string {
  return seal(ENROLMENT, JSON.stringify({ u: userId, s: secret, e: Date.now() + ENROLMENT_MINUTES * 60_000 }));
}

function enrolmentSecret(token: string, userId: string): string | null {
  const plain = unseal(ENROLMENT, token);
  if (!plain) return null;
  const { u, s, e } = JSON.parse(plain) as { u: string; s: string; e: number };
  return u === userId && e > Date.now() ? s : null;
}

export type EnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: string };

/**
 * Turns two-factor sign-in on once the person proves their app has the secret:
 * stores the secret encrypted and ten recovery codes hashed (replacing any
 * earlier ones). The code's time step is left unused so that the same code can
 * complete this session's second step right after.
 */
export async function confirmEnrolment(userId: string, token: string, code: string): Promise<EnrolResult> {
  const secret = enrolmentSecret(token, userId);
  if (!secret) return { ok: false, error: "This set-up page has expired. Reload it to get a new QR code." };
  if (matchTotp(secret, code) === null) return { ok: false, error: "That code does not match. Enter the 6-digit code your app shows now." };
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c))));
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ totpSecret: seal(STORED, secret), totpEnabledAt: sql`now()`, totpLastStep: null })
      .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (!user) return { ok: false, error: "Two-factor sign-in is already on for this account." } as const;
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
    return { ok: true, recoveryCodes: codes } as const;
  });
}

/** Uses up an authentication code (each time step once) of an enrolled account; false when wrong or replayed. */
async function spendTotp(userId: string, code: string): Promise<boolean> {
  const [row] = await db.select({ secret: users.totpSecret, last: users.totpLastStep }).from(users).where(eq(users.id, userId));
  const secret = row?.secret ? unseal(STORED, row.secret) : null;
  if (!secret) return false;
  const step = matchTotp(secret, code, row!.last);
  if (step === null) return false;
  // Compare-and-set, so two requests with the same code cannot both pass.
  const [used] = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return !!used;
}

/** Uses up one recovery code; false when no unused code matches. */
async function spendRecoveryCode(userId: string, input: string): Promise<boolean> {
  const typed = normaliseRecoveryCode(input);
  const unused = await db
    .select({ id: recoveryCodes.id, codeHash: recoveryCodes.codeHash })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  for (const candidate of unused) {
    if (!(await verify(candidate.codeHash, typed).catch(() => false))) continue;
    const [used] = await db
      .update(recoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(recoveryCodes.id, candidate.id), isNull(recoveryCodes.usedAt)))
      .returning({ id: recoveryCodes.id });
    return !!used;
  }
  return false;
}

/** The second step of sign-in: a 6-digit authentication code, or one of the recovery codes. */
export async function passSecondStep(userId: string, input: string): Promise<"totp" | "recovery" | null> {
  const code = input.replace(/\s+/g, "");
  if (/^\d{6}$/.test(code)) return (await spendTotp(userId, code)) ? "totp" : null;
  return (await spendRecoveryCode(userId, code)) ? "recovery" : null;
}

/** How many recovery codes are left unused. */
export async function unusedRecoveryCodes(userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}
