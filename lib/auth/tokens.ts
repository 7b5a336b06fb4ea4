import "server-only";
import { createHash, createHmac, randomBytes, randomInt } from "node:crypto";
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { authTokens, type UserRow } from "@/db/schema";
import { authSecret } from "./secret";
import { getUserByEmail, normaliseEmail } from "./users";

export const TOKEN_LIMITS = {
  codeTtlMinutes: 10,
  codeMaxAttempts: 5,
  resetTtlMinutes: 60,
  /** Per e-mail and kind: at most one new token per interval, and so many per hour. */
  minIntervalSeconds: 30,
  perHour: 5,
} as const;

type Kind = (typeof authTokens.kind.enumValues)[number];

export type IssueResult = { ok: true; token: string } | { ok: false; error: string };

/** Only a hash of a reset token (32 random bytes: no list of candidates to hash) is stored. */
export function hashToken(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * Only a keyed hash of a sign-in code is stored, bound to its e-mail so equal codes of two people differ: a plain
 * hash of a 6-digit code is undone by hashing the million candidates, which a copy of the database would allow.
 */
const codeHash = (email: string, code: string) => createHmac("sha256", authSecret()).update(`sign_in_code:${email}:${code}`).digest("hex");

/**
 * Stores a new token of `kind` for `email` unless the rate limit says no;
 * earlier unused tokens of that kind stop working. Serialised per e-mail by an
 * advisory lock, so two requests at once cannot both pass the limit.
 */
async function issueToken(kind: Kind, email: string, token: string, tokenHash: string, ttlMinutes: number): Promise<IssueResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${kind}:${email}`}))`);
    const [recent] = await tx
      .select({
        n: count(),
        sinceLast: sql<number | null>`extract(epoch from now() - max(${authTokens.createdAt}))::float8`,
        untilHourFree: sql<number | null>`extract(epoch from min(${authTokens.createdAt}) + interval '1 hour' - now())::float8`,
      })
      .from(authTokens)
      .where(and(eq(authTokens.kind, kind), eq(authTokens.email, email), gt(authTokens.createdAt, sql`now() - interval '1 hour'`)));
    const refusal = recent && rateLimitMessage(kind, recent.n, recent.sinceLast, recent.untilHourFree);
    if (refusal) return { ok: false, error: refusal };
    await expireUnused(tx, kind, email);
    await tx.insert(authTokens).values({
      kind,
      email,
      tokenHash,
      expiresAt: sql`now() + make_interval(mins => ${ttlMinutes})`,
    });
    return { ok: true, token };
  });
}

function rateLimitMessage(kind: Kind, inLastHour: number, sinceLast: number | null, untilHourFree: number | null): string | null {
  const what = kind === "sign_in_code" ? "code" : "reset link";
  if (sinceLast !== null && sinceLast < TOKEN_LIMITS.minIntervalSeconds) {
    const seconds = Math.max(1, Math.ceil(TOKEN_LIMITS.minIntervalSeconds - sinceLast));
    return `We just sent you a ${what}. You can ask for a new one in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  }
  if (inLastHour >= TOKEN_LIMITS.perHour) {
    const minutes = Math.max(1, Math.ceil((untilHourFree ?? 3600) / 60));
    return `You have asked for ${TOKEN_LIMITS.perHour} ${what}s in the last hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  return null;
}

async function expireUnused(tx: DbOrTx, kind: Kind, email: string) {
  await tx
    .update(authTokens)
    .set({ expiresAt: sql`now()` })
    .where(and(eq(authTokens.kind, kind), eq(authTokens.email, email), isNull(authTokens.usedAt), gt(authTokens.expiresAt, sql`now()`)));
}

/** A fresh 6-digit sign-in code for `email` (stored hashed, 10 minutes), or why none was issued. */
export async function issueSignInCode(rawEmail: string): Promise<IssueResult> {
  const email = normaliseEmail(rawEmail);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  return issueToken("sign_in_code", email, code, codeHash(email, code), TOKEN_LIMITS.codeTtlMinutes);
}

const liveCode = (email: string) =>
  and(
    eq(authTokens.kind, "sign_in_code"),
    eq(authTokens.email, email),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, sql`now()`),
    lt(authTokens.attempts, TOKEN_LIMITS.codeMaxAttempts),
  );

/**
 * Counts a try against the live code of `email` and uses the code up if it is
 * `code`, in one statement: the row lock makes parallel tries queue and each
 * re-checks the attempt count, so at most 5 tries are ever compared, and a
 * right code works once. False for a wrong, expired, used or exhausted code.
 */
export async function consumeSignInCode(tx: DbOrTx, email: string, code: string): Promise<boolean> {
  const [tried] = await tx
    .update(authTokens)
    .set({
      attempts: sql`${authTokens.attempts} + 1`,
      usedAt: sql`case when ${authTokens.tokenHash} = ${codeHash(email, code)} then now() end`,
    })
    .where(liveCode(email))
    .returning({ matched: sql<boolean>`${authTokens.usedAt} is not null` });
  return tried?.matched === true;
}

/**
 * A password-reset token for `email` (random 32 bytes, stored hashed, 1 hour),
 * or null when there is no such active account or it asked too often: the
 * caller shows the same confirmation either way.
 */
export async function issuePasswordReset(rawEmail: string): Promise<{ token: string; user: UserRow } | null> {
  const user = await getUserByEmail(rawEmail);
  if (!user || user.disabled) return null;
  const token = randomBytes(32).toString("base64url");
  const issued = await issueToken("password_reset", user.email, token, hashToken(token), TOKEN_LIMITS.resetTtlMinutes);
  return issued.ok ? { token, user } : null;
}

const liveReset = (token: string) =>
  and(
    eq(authTokens.kind, "password_reset"),
    eq(authTokens.tokenHash, hashToken(token)),
    isNull(authTokens.usedAt),
    gt(authTokens.expiresAt, sql`now()`),
  );

/** Whether a reset link's token can still be used (for the page, before the form is sent). */
export async function isResetTokenLive(token: string): Promise<boolean> {
  const [row] = await db.select({ id: authTokens.id }).from(authTokens).where(liveReset(token)).limit(1);
  return !!row;
}

/** Uses up a live reset token inside `tx`; returns its e-mail, or null when it is unknown, expired or used. */
export async function consumeResetToken(tx: DbOrTx, token: string): Promise<string | null> {
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(liveReset(token))
    .returning({ email: authTokens.email });
  return row?.email ?? null;
}
