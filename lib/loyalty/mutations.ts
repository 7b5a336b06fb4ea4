import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { loyaltySettings, memberTiers, pointsLedger, promotions, users } from "@/db/schema";
import { isCheckViolation, isUniqueViolation } from "@/lib/db-errors";
import type { LoyaltySettingsInput, MemberTierInput, PointsAdjustmentInput } from "./schema";

export type AdjustResult = { ok: true; balance: number } | { ok: false; error: string; field?: "points" | "userId" };

/**
 * A staff adjustment of a customer's points ('adjusted', with the staff member and
 * the reason). The balance's CHECK (>= 0) refuses one that would overdraw it. Points pay
 * for orders, so nobody adjusts their own: another member of staff does, on the ledger.
 */
export async function adjustPoints(input: PointsAdjustmentInput, actorId: string): Promise<AdjustResult> {
  if (input.userId === actorId)
    return { ok: false, error: "You cannot adjust your own points: ask another member of staff.", field: "userId" };
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
      if (!user) return { ok: false, error: "That customer no longer exists.", field: "userId" } as const;
      await tx.insert(pointsLedger).values({ userId: input.userId, kind: "adjusted", points: input.points, reason: input.reason, actorId });
      const [after] = await tx.select({ balance: users.loyaltyPoints }).from(users).where(eq(users.id, input.userId));
      return { ok: true, balance: after!.balance } as const;
    });
  } catch (error) {
    if (!isCheckViolation(error, "users_loyalty_nonnegative")) throw error;
    const [user] = await db.select({ balance: users.loyaltyPoints }).from(users).where(eq(users.id, input.userId));
    const balance = user?.balance ?? 0;
    return {
      ok: false,
      field: "points",
      error: `The customer has ${balance} ${balance === 1 ? "point" : "points"}: taking ${-input.points} would make the balance negative. Enter at most -${balance}.`,
    };
  }
}

/** Saves the loyalty settings row (id 1), creating it when missing. */
export async function saveLoyaltySettings(input: LoyaltySettingsInput, actorId: string): Promise<void> {
  const values = { ...input, updatedBy: actorId };
  await db
    .insert(loyaltySettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: loyaltySettings.id, set: { ...values, updatedAt: sql`now()` } });
}

export type TierResult = { ok: true; id: number } | { ok: false; error: string; field?: "name" | "minSpend"; notFound?: boolean };

function tierTaken(error: unknown): TierResult | null {
  if (isUniqueViolation(error, "member_tiers_name_key"))
    return { ok: false, error: "Another tier has this name: choose another.", field: "name" };
  if (isUniqueViolation(error, "member_tiers_min_spend_key"))
    return { ok: false, error: "Another tier starts at this spend: each tier needs its own.", field: "minSpend" };
  return null;
}

export async function createMemberTier(input: MemberTierInput): Promise<TierResult> {
  try {
    const [row] = await db.insert(memberTiers).values(input).returning({ id: memberTiers.id });
    return { ok: true, id: row!.id };
  } catch (error) {
    const taken = tierTaken(error);
    if (taken) return taken;
    throw error;
  }
}

export async function updateMemberTier(id: number, input: MemberTierInput): Promise<TierResult> {
  try {
    const [row] = await db
      .update(memberTiers)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(memberTiers.id, id))
      .returning({ id: memberTiers.id });
    return row ? { ok: true, id: row.id } : { ok: false, error: "That tier no longer exists.", notFound: true };
  } catch (error) {
    const taken = tierTaken(error);
    if (taken) return taken;
    throw error;
  }
}

/**
 * Deletes a tier, unless promotions are for its members: deleting it would open them to
 * everyone (their min_tier_id would be set null), so the merchant changes them first.
 */
export async function deleteMemberTier(id: number): Promise<TierResult> {
  return db.transaction(async (tx) => {
    const [tier] = await tx.select({ id: memberTiers.id }).from(memberTiers).where(eq(memberTiers.id, id)).for("update");
    if (!tier) return { ok: false, error: "That tier no longer exists.", notFound: true } as const;
    const [uses] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(promotions)
      .where(eq(promotions.minTierId, id));
    if ((uses?.n ?? 0) > 0) {
      const n = uses!.n;
      return {
        ok: false,
        error: `${n} ${n === 1 ? "promotion is" : "promotions are"} for members of this tier: change ${n === 1 ? "it" : "them"} first.`,
      } as const;
    }
    await tx.delete(memberTiers).where(eq(memberTiers.id, id));
    return { ok: true, id } as const;
  });
}
