import "server-only";
import { eq, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db";
import { storeSettings } from "@/db/schema";
import { env } from "@/lib/env";
import { readStoreSettings } from "@/lib/settings/queries";
import type { SellerSettings } from "./details";
import type { InvoiceSettingsInput } from "./schema";

/** The invoice settings as saved (store_settings row 1), with the column defaults when the row is missing. */
export type InvoiceSettings = { storeAddress: string | null; storeTaxNumber: string | null; taxRateBasisPoints: number; taxName: string };

async function readRow(conn: DbOrTx) {
  const [row] = await conn
    .select({
      storeAddress: storeSettings.storeAddress,
      storeTaxNumber: storeSettings.storeTaxNumber,
      taxRateBasisPoints: storeSettings.taxRateBasisPoints,
      taxName: storeSettings.taxName,
      contactEmail: storeSettings.contactEmail,
    })
    .from(storeSettings)
    .where(eq(storeSettings.id, 1))
    .limit(1);
  return row ?? { storeAddress: null, storeTaxNumber: null, taxRateBasisPoints: 0, taxName: "VAT", contactEmail: null };
}

export async function getInvoiceSettings(conn: DbOrTx = db): Promise<InvoiceSettings> {
  const { contactEmail: _email, ...settings } = await readRow(conn);
  return settings;
}

/** The address MAIL_FROM sends from ("Shop <shop@example.com>" → shop@example.com). */
function mailFromAddress(): string | null {
  const from = env().MAIL_FROM;
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim() || null;
}

/** The seller as a document issued now names it: the store's name, address, tax number, contact e-mail (else MAIL_FROM's) and tax rate. */
export async function readSellerSettings(conn: DbOrTx): Promise<SellerSettings> {
  const [store, row] = await Promise.all([readStoreSettings(conn), readRow(conn)]);
  return {
    storeName: store.storeName,
    storeAddress: row.storeAddress,
    storeTaxNumber: row.storeTaxNumber,
    contactEmail: row.contactEmail?.trim() || mailFromAddress(),
    taxName: row.taxName,
    taxRateBasisPoints: row.taxRateBasisPoints,
  };
}

/** Saves the four invoice settings only (other columns of the row are other forms'), creating the row on first save. */
export async function saveInvoiceSettings(input: InvoiceSettingsInput, actorId: string): Promise<void> {
  const values = { ...input, updatedBy: actorId };
  await db
    .insert(storeSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: storeSettings.id, set: { ...values, updatedAt: sql`now()` } });
}
