import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
  .optional();
const poolSize = z.coerce.number().int().min(1, "must be at least 1").max(200, "must be at most 200").default(10);
const flag = z
  .enum(["0", "1", "true", "false"], { message: "must be 1 (or true) or 0 (or false)" })
  .default("0")
  .transform((v) => v === "1" || v === "true");

/**
 * The database client's settings. lib/env.ts validates them at boot with the
 * rest of the environment (its schema spreads these fields and applies
 * `checkDatabaseEnv`); they live here so that db/ imports nothing from lib/.
 */
export const databaseEnvShape = {
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_MAX: poolSize,
  // A read replica for the catalog's reads (listings, search, suggestions, product pages, rankings).
  DATABASE_READ_URL: postgresUrl,
  DATABASE_READ_POOL_MAX: poolSize,
  // DATABASE_URL goes through PgBouncer in transaction mode: no named prepared statements.
  DATABASE_PGBOUNCER: flag,
  // A session-mode connection (straight to PostgreSQL) for what holds session state: migrations, the job lock, the queue worker.
  DATABASE_DIRECT_URL: postgresUrl,
};

type DatabaseEnv = z.infer<z.ZodObject<typeof databaseEnvShape>>;
type Issue = { path: [string]; message: string };

/** The rules that tie the database variables together, as messages a person can act on. */
export function databaseEnvIssues(e: DatabaseEnv): Issue[] {
  const issues: Issue[] = [];
  if (e.DATABASE_READ_URL && !e.DATABASE_URL)
    issues.push({ path: ["DATABASE_READ_URL"], message: "needs DATABASE_URL too (the embedded database has no replica)" });
  if (e.DATABASE_PGBOUNCER && !e.DATABASE_URL)
    issues.push({ path: ["DATABASE_PGBOUNCER"], message: "needs DATABASE_URL (the PgBouncer address) too" });
  if (e.DATABASE_PGBOUNCER && !e.DATABASE_DIRECT_URL)
    issues.push({
      path: ["DATABASE_DIRECT_URL"],
      message:
        "required when DATABASE_PGBOUNCER=1: migrations and the periodic jobs' lock use session advisory locks, and the job queue's worker a LISTEN, which a transaction-mode pooler cannot hold; give a URL straight to PostgreSQL (or to a session-mode pool)",
    });
  return issues;
}

/**
 * DATABASE_URL as it is now, validated like the rest: read live, because
 * db/bootstrap.ts sets it after boot when it starts the embedded server.
 */
export function appDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url ? databaseEnvShape.DATABASE_URL.parse(url) : undefined;
}

/** Connections per app instance (DATABASE_POOL_MAX). */
export function databasePoolMax(): number {
  return databaseEnvShape.DATABASE_POOL_MAX.parse(process.env.DATABASE_POOL_MAX);
}

/** The replica's URL and pool size, or null: the catalog then reads from the primary's pool. */
export function readReplica(): { url: string; max: number } | null {
  const url = databaseEnvShape.DATABASE_READ_URL.parse(process.env.DATABASE_READ_URL || undefined);
  return url ? { url, max: databaseEnvShape.DATABASE_READ_POOL_MAX.parse(process.env.DATABASE_READ_POOL_MAX) } : null;
}

/** True when DATABASE_URL is a PgBouncer in transaction mode (DATABASE_PGBOUNCER=1): statements are not prepared. */
export function behindPgBouncer(): boolean {
  return databaseEnvShape.DATABASE_PGBOUNCER.parse(process.env.DATABASE_PGBOUNCER || undefined);
}

/** Where session state may live (advisory locks held across statements): DATABASE_DIRECT_URL, else DATABASE_URL. */
export function directDatabaseUrl(): string | undefined {
  return databaseEnvShape.DATABASE_DIRECT_URL.parse(process.env.DATABASE_DIRECT_URL || undefined) ?? appDatabaseUrl();
}
