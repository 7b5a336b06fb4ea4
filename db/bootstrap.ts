import path from "node:path";
import postgres from "postgres";
import { env } from "@/lib/env";
import { databaseUrl, startEmbedded } from "./embedded";
import { runMigrations } from "./migrate";

export const EMBEDDED_DATABASE = "mercato";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, name: string) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${name}`;
    if (!row) {
      await sql.unsafe(`create database "${name}" template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The running server's admin URL: the one in DATABASE_URL, or the embedded one (started if needed). */
export async function resolveServer(): Promise<{ adminUrl: string; embedded: boolean; stop: () => Promise<void> }> {
  const e = env();
  if (e.DATABASE_URL) return { adminUrl: e.DATABASE_URL, embedded: false, stop: async () => {} };
  const server = await startEmbedded(path.join(e.DATA_DIR, "postgres"), e.EMBEDDED_PG_PORT);
  return { adminUrl: server.adminUrl, embedded: true, stop: server.stop };
}

/**
 * Makes the database ready for the app: with DATABASE_URL, migrates it; without,
 * starts (or reuses) the embedded server, migrates, and seeds the demo shop on
 * its first start. Sets process.env.DATABASE_URL for the rest of the process.
 */
export async function prepareDatabase(options: { seedDemo?: boolean } = {}): Promise<PreparedDatabase> {
  const server = await resolveServer();
  let url = server.adminUrl;
  if (server.embedded) {
    await createDatabaseIfMissing(server.adminUrl, EMBEDDED_DATABASE);
    url = databaseUrl(server.adminUrl, EMBEDDED_DATABASE);
  }
  // The migration lock is a session advisory lock: past a transaction-mode PgBouncer when DATABASE_DIRECT_URL says how.
  await runMigrations(server.embedded ? url : (env().DATABASE_DIRECT_URL ?? url));
  if (options.seedDemo ?? server.embedded) {
    const { seedIfEmpty } = await import("./seed");
    await seedIfEmpty(url);
  }
  process.env.DATABASE_URL = url;
  return { url, embedded: server.embedded, stop: server.stop };
}
