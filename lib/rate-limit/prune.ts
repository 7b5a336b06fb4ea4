import "server-only";
import { lt } from "drizzle-orm";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";

/** Deletes rate-limit windows that ended over an hour ago (periodic job); returns how many. */
export async function pruneRateLimits(): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.expire, Date.now() - 3_600_000))
    .returning({ key: rateLimits.key });
  return gone.length;
}
