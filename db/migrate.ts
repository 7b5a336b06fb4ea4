import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { Logger, runMigrations as runQueueMigrations } from "graphile-worker";
import postgres from "postgres";

// Any constant works; it only has to be the same for every instance.
const MIGRATION_LOCK = 72_061_001;

/**
 * Applies the committed migrations, then the job queue's own schema
 * (`graphile_worker`, versioned by the library: lib/jobs/queue.ts), so that a
 * request can enqueue before any worker started. Safe when several instances
 * start at once: they queue on an advisory lock and the later ones find
 * nothing to do.
 */
export async function runMigrations(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client: sql }), { migrationsFolder: path.resolve("db/migrations") });
    await runQueueMigrations({ connectionString: url, maxPoolSize: 1, logger: new Logger(() => () => {}) });
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
