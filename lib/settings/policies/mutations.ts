import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";
import { storeSettings } from "@/db/schema";
import type { StorePoliciesInput } from "./schema";

/** Saves the policy columns of the settings row (id 1), creating the row on first save; the other settings stay as they are. */
export async function saveStorePolicies(input: StorePoliciesInput, actorId: string): Promise<void> {
  const values = { ...input, updatedBy: actorId };
  await db
    .insert(storeSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: storeSettings.id, set: { ...values, updatedAt: sql`now()` } });
}
