import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { storeSettings } from "@/db/schema";
import { enabledMethods, methodsOf, type MethodId, type PaymentMethod } from "./methods";
import { activeProviderId } from "./providers";

/** The method ids the store saved (store_settings.payment_methods), or null when it never chose (all are on). */
export async function savedPaymentMethods(conn: DbOrTx = db): Promise<string[] | null> {
  const [row] = await conn
    .select({ paymentMethods: storeSettings.paymentMethods })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1))
    .limit(1);
  return row?.paymentMethods ?? null;
}

/** The active provider's methods checkout offers now, read uncached (checkout and payments must see a change at once). */
export async function listEnabledPaymentMethods(conn: DbOrTx = db): Promise<PaymentMethod[]> {
  return enabledMethods(activeProviderId(), await savedPaymentMethods(conn));
}

/** The active provider's methods, each with whether checkout offers it (the settings form). */
export async function paymentMethodChoices(): Promise<{ method: PaymentMethod; enabled: boolean }[]> {
  const enabled = await listEnabledPaymentMethods();
  return methodsOf(activeProviderId()).map((method) => ({ method, enabled: enabled.includes(method) }));
}

/** Saves the enabled methods only (other columns of the row are other forms'), creating the row on first save. */
export async function saveEnabledPaymentMethods(ids: MethodId[], actorId: string): Promise<void> {
  const values = { paymentMethods: ids, updatedBy: actorId };
  await db
    .insert(storeSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: storeSettings.id, set: { ...values, updatedAt: sql`now()` } });
}
