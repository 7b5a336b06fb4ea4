import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { loyaltySettings } from "@/db/schema";

/** The loyalty programme's rules (the row id 1 of loyalty_settings; the column defaults when it is missing). */
export type LoyaltySettings = {
  enabled: boolean;
  /** points earned per 1.00 (100 minor units) paid for items after discounts */
  earnPointsPerUnit: number;
  /** points for a review with text */
  reviewPoints: number;
  /** points that pay for 1.00 */
  redeemPointsPerUnit: number;
  /** the most of the items (after discounts) points may pay, in percent */
  maxRedeemPercent: number;
  /** months after which unspent earned points lapse; null: never */
  expiryMonths: number | null;
};

export const DEFAULT_LOYALTY_SETTINGS: LoyaltySettings = {
  enabled: true,
  earnPointsPerUnit: 1,
  reviewPoints: 10,
  redeemPointsPerUnit: 100,
  maxRedeemPercent: 50,
  expiryMonths: null,
};

/** The loyalty settings, read with `conn` (a transaction too); the defaults when the row is missing. */
export async function getLoyaltySettings(conn: DbOrTx): Promise<LoyaltySettings> {
  const [row] = await conn.select().from(loyaltySettings).where(eq(loyaltySettings.id, 1)).limit(1);
  if (!row) return { ...DEFAULT_LOYALTY_SETTINGS };
  return {
    enabled: row.enabled,
    earnPointsPerUnit: row.earnPointsPerUnit,
    reviewPoints: row.reviewPoints,
    redeemPointsPerUnit: row.redeemPointsPerUnit,
    maxRedeemPercent: row.maxRedeemPercent,
    expiryMonths: row.expiryMonths,
  };
}
