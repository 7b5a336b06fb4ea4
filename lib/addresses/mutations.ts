import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { addresses, users } from "@/db/schema";
import type { AddressInput } from "./schema";

type Fields = Omit<AddressInput, "isDefault">;

/** Serialises a shopper's address-book writes, so "exactly one default" holds under concurrency. */
async function lockBook(tx: Tx, userId: string) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("no key update");
}

async function clearDefault(tx: Tx, userId: string, except?: number) {
  await tx
    .update(addresses)
    .set({ isDefault: false })
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true), except ? ne(addresses.id, except) : undefined));
}

async function hasDefault(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: addresses.id })
    .from(addresses)
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true)))
    .limit(1);
  return !!row;
}

async function owns(tx: Tx, userId: string, id: number): Promise<boolean> {
  const [row] = await tx
    .select({ id: addresses.id })
    .from(addresses)
    .where(and(eq(addresses.id, id), eq(addresses.userId, userId)));
  return !!row;
}

/**
 * Saves a new address; it becomes the default when asked or when the shopper
 * has none. Pass `tx` to join a caller's transaction (e.g. checkout's "save address").
 */
export async function createAddress(userId: string, input: Fields & { isDefault?: boolean }, tx?: Tx): Promise<number> {
  const run = async (t: Tx) => {
    await lockBook(t, userId);
    const isDefault = !!input.isDefault || !(await hasDefault(t, userId));
    if (isDefault) await clearDefault(t, userId);
    const { isDefault: _ignored, ...fields } = input;
    const [row] = await t
      .insert(addresses)
      .values({ ...fields, userId, isDefault })
      .returning({ id: addresses.id });
    return row!.id;
  };
  return tx ? run(tx) : db.transaction(run);
}

/**
 * Edits one of the shopper's addresses; false when it is not theirs (nothing
 * changes). The default stays the default until another is chosen or it is deleted.
 */
export async function updateAddress(userId: string, id: number, input: AddressInput): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockBook(tx, userId);
    if (!(await owns(tx, userId, id))) return false;
    const { isDefault, ...fields } = input;
    if (isDefault) await clearDefault(tx, userId, id);
    await tx
      .update(addresses)
      .set(isDefault ? { ...fields, isDefault: true } : fields)
      .where(eq(addresses.id, id));
    return true;
  });
}

/** Makes one of the shopper's addresses the default; false when it is not theirs (nothing changes). */
export async function setDefaultAddress(userId: string, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockBook(tx, userId);
    if (!(await owns(tx, userId, id))) return false;
    await clearDefault(tx, userId, id);
    await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, id));
    return true;
  });
}

/** Deletes one of the shopper's addresses, promoting the newest other one when it was the default; false when not theirs. */
export async function deleteAddress(userId: string, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    await lockBook(tx, userId);
    const [gone] = await tx
      .delete(addresses)
      .where(and(eq(addresses.id, id), eq(addresses.userId, userId)))
      .returning({ isDefault: addresses.isDefault });
    if (!gone) return false;
    if (gone.isDefault) {
      const [next] = await tx
        .select({ id: addresses.id })
        .from(addresses)
        .where(eq(addresses.userId, userId))
        .orderBy(desc(addresses.createdAt), desc(addresses.id))
        .limit(1);
      if (next) await tx.update(addresses).set({ isDefault: true }).where(eq(addresses.id, next.id));
    }
    return true;
  });
}
