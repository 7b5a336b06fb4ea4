import "server-only";
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { smsCodes } from "@/db/schema";
import { authSecret } from "../secret";
import { issueRefusal, newSmsCode, SMS_CODE_LIMITS, smsCodeHash, type IssueRefusal, type SmsCodePurpose } from "./rules";

export type SmsIssueResult = { ok: true; code: string } | ({ ok: false } & IssueRefusal);

const sameSubject = (purpose: SmsCodePurpose, phone: string, userId: string | null) =>
  and(eq(smsCodes.purpose, purpose), eq(smsCodes.phone, phone), userId ? eq(smsCodes.userId, userId) : isNull(smsCodes.userId));

/**
 * Stores a new code for `phone` unless the number asked too often (one per 30
 * seconds, 5 an hour, as e-mail codes); earlier unused codes stop working.
 * Serialised per number by an advisory lock, so parallel requests cannot both
 * pass the limit. The per-hour count is per number across accounts, so the
 * profile's "verify" cannot be used to text a stranger more often.
 */
export async function issueSmsCode(purpose: SmsCodePurpose, phone: string, userId: string | null = null): Promise<SmsIssueResult> {
  const code = newSmsCode();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms_code:${phone}`}))`);
    const [recent] = await tx
      .select({
        n: count(),
        sinceLast: sql<number | null>`extract(epoch from now() - max(${smsCodes.createdAt}))::float8`,
        untilHourFree: sql<number | null>`extract(epoch from min(${smsCodes.createdAt}) + interval '1 hour' - now())::float8`,
      })
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, phone), gt(smsCodes.createdAt, sql`now() - interval '1 hour'`)));
    const refusal = recent && issueRefusal(recent.n, recent.sinceLast, recent.untilHourFree);
    if (refusal) return { ok: false, ...refusal };
    await tx
      .update(smsCodes)
      .set({ expiresAt: sql`now()` })
      .where(and(sameSubject(purpose, phone, userId), isNull(smsCodes.usedAt), gt(smsCodes.expiresAt, sql`now()`)));
    await tx.insert(smsCodes).values({
      purpose,
      phone,
      userId,
      codeHash: smsCodeHash(authSecret(), purpose, phone, userId, code),
      expiresAt: sql`now() + make_interval(mins => ${SMS_CODE_LIMITS.ttlMinutes})`,
    });
    return { ok: true, code };
  });
}

/**
 * Counts a try against the live code and uses it up if it is `code`, in one
 * statement: the row lock makes parallel tries queue and each re-checks, so a
 * right code works once and at most 5 tries are compared. False for a wrong,
 * expired, used or exhausted code.
 */
export async function consumeSmsCode(
  tx: DbOrTx,
  purpose: SmsCodePurpose,
  phone: string,
  code: string,
  userId: string | null = null,
): Promise<boolean> {
  const [tried] = await tx
    .update(smsCodes)
    .set({
      attempts: sql`${smsCodes.attempts} + 1`,
      usedAt: sql`case when ${smsCodes.codeHash} = ${smsCodeHash(authSecret(), purpose, phone, userId, code)} then now() end`,
    })
    .where(
      and(
        sameSubject(purpose, phone, userId),
        isNull(smsCodes.usedAt),
        gt(smsCodes.expiresAt, sql`now()`),
        lt(smsCodes.attempts, SMS_CODE_LIMITS.maxAttempts),
      ),
    )
    .returning({ matched: sql<boolean>`${smsCodes.usedAt} is not null` });
  return tried?.matched === true;
}
