import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { shippingMethods, storeSettings } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import type { ShippingRateInput, StoreSettingsInput } from "./schema";

/** The form's values; without `defaultLocale` the saved language stays as it is. */
type SettingsValues = Omit<StoreSettingsInput, "defaultLocale"> & Partial<Pick<StoreSettingsInput, "defaultLocale">>;

export type SettingsSaveResult = { ok: true; lowStockChanged: boolean; currencyChanged: boolean };

/** Saves the settings row (id 1), creating it on first save; reports what changed that other caches depend on. */
export async function saveStoreSettings(input: SettingsValues, actorId: string): Promise<SettingsSaveResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(storeSettings).where(eq(storeSettings.id, 1)).for("update");
    const values = { ...input, updatedBy: actorId };
    await tx
      .insert(storeSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: storeSettings.id, set: { ...values, updatedAt: sql`now()` } });
    return {
      ok: true,
      lowStockChanged: (before?.lowStockThreshold ?? 5) !== input.lowStockThreshold,
      currencyChanged: (before?.currency ?? null) !== input.currency,
    };
  });
}

export type ShippingRateResult = { ok: true; id: number } | { ok: false; error: string; field?: string; notFound?: boolean };

const CODE_TAKEN: ShippingRateResult = { ok: false, error: "Another shipping rate already uses this code: choose another.", field: "code" };

export async function createShippingRate(input: ShippingRateInput): Promise<ShippingRateResult> {
  try {
    const [row] = await db.insert(shippingMethods).values(input).returning({ id: shippingMethods.id });
    return { ok: true, id: row!.id };
  } catch (error) {
    if (isUniqueViolation(error)) return CODE_TAKEN;
    throw error;
  }
}

export async function updateShippingRate(id: number, input: ShippingRateInput): Promise<ShippingRateResult> {
  try {
    const [row] = await db
      .update(shippingMethods)
      .set({ ...input, updatedAt: sql`now()` })
      .where(eq(shippingMethods.id, id))
      .returning({ id: shippingMethods.id });
    return row ? { ok: true, id: row.id } : { ok: false, error: "That shipping rate no longer exists.", notFound: true };
  } catch (error) {
    if (isUniqueViolation(error)) return CODE_TAKEN;
    throw error;
  }
}

/** Offers a rate at checkout again, or stops offering it (orders that used it keep its name and price). */
export async function setShippingRateActive(id: number, active: boolean): Promise<ShippingRateResult> {
  const [row] = await db
    .update(shippingMethods)
    .set({ active, updatedAt: sql`now()` })
    .where(eq(shippingMethods.id, id))
    .returning({ id: shippingMethods.id });
  return row ? { ok: true, id: row.id } : { ok: false, error: "That shipping rate no longer exists.", notFound: true };
}
