import "server-only";
import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { storeSettings } from "@/db/schema";

export type ReturnPolicy = { returnWindowDays: number; refundShippingOnReturn: boolean };

/** The store's return settings (store_settings: returnWindowDays, refundShippingOnReturn), read now; the column defaults without a row. */
export async function readReturnPolicy(conn: DbOrTx = db): Promise<ReturnPolicy> {
  const [row] = await conn
    .select({ returnWindowDays: storeSettings.returnWindowDays, refundShippingOnReturn: storeSettings.refundShippingOnReturn })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1))
    .limit(1);
  return row ?? { returnWindowDays: 30, refundShippingOnReturn: false };
}
