import "server-only";
import { createHash } from "node:crypto";
import { appDatabaseUrl } from "@/lib/env";

/**
 * Next keeps its data cache across restarts and builds: cached reads are keyed
 * by the database they came from, so a server pointed at another database
 * never sees their entries.
 */
export function databaseCacheKey(): string {
  return createHash("sha256")
    .update(appDatabaseUrl() ?? "")
    .digest("hex")
    .slice(0, 16);
}
