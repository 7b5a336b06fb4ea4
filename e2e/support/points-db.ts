import { testDb } from "./db";

/** Points for `userId` as a ledger row (the trigger keeps users.loyalty_points equal to the ledger's sum). */
export async function givePoints(
  userId: string,
  points: number,
  opts: { kind?: "earned" | "adjusted"; orderNumber?: string; reason?: string } = {},
): Promise<void> {
  const db = testDb();
  await db`
    insert into points_ledger (user_id, kind, points, order_id, reason)
    values (${userId}, ${opts.kind ?? "adjusted"}, ${points},
      ${opts.orderNumber ? db`(select id from orders where number = ${opts.orderNumber})` : null}, ${opts.reason ?? "Welcome gift"})`;
}
