import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db";
import { addresses } from "@/db/schema";
import type { AddressView } from "./types";

const viewColumns = {
  id: addresses.id,
  fullName: addresses.fullName,
  line1: addresses.line1,
  province: addresses.province,
  city: addresses.city,
  district: addresses.district,
  regionCode: addresses.regionCode,
  postalCode: addresses.postalCode,
  country: addresses.country,
  phone: addresses.phone,
  isDefault: addresses.isDefault,
};

/** A shopper's saved addresses, the default first, then the newest. */
export function listAddresses(userId: string): Promise<AddressView[]> {
  return db
    .select(viewColumns)
    .from(addresses)
    .where(eq(addresses.userId, userId))
    .orderBy(desc(addresses.isDefault), desc(addresses.createdAt), desc(addresses.id));
}

/** One of the shopper's addresses; null when absent or someone else's. */
export async function getAddress(userId: string, id: number): Promise<AddressView | null> {
  const [row] = await db
    .select(viewColumns)
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
    .limit(1);
  return row ?? null;
}
