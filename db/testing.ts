import postgres from "postgres";
import { createDatabaseIfMissing, resolveServer } from "./bootstrap";
import { databaseUrl } from "./embedded";
import { closeDb } from "./index";
import { runMigrations } from "./migrate";
import { seedCatalog } from "./seed";
import { copyDatabase, dropDatabase } from "./testing-copies";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated and seeded database for one test run, on the server of
 * DATABASE_URL or the embedded one; `drop()` removes it and stops what it started.
 * Inside Vitest (TEST_TEMPLATE_DATABASE_URL, set by db/testing-setup.ts) it is a copy of the run's
 * template: the same migrations and seed, without doing them again.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const server = await resolveServer();
  const name = `mercato_test_${label}_${Date.now()}_${process.pid}`;
  const template = process.env.TEST_TEMPLATE_DATABASE_URL;
  let url: string;
  if (template) {
    url = await copyDatabase(server.adminUrl, template, name);
  } else {
    await createDatabaseIfMissing(server.adminUrl, name);
    url = databaseUrl(server.adminUrl, name);
    // A fresh database must really be empty: refuse to seed over anything.
    const check = postgres(url, { max: 1, onnotice: () => {} });
    const [row] = await check<{ n: number }[]>`select count(*)::int as n from pg_tables where schemaname = 'public'`;
    await check.end();
    if (row?.n !== 0) throw new Error(`Test database ${name} is not empty`);
    await runMigrations(url);
    await seedCatalog(url, { log: () => {} });
  }
  return {
    url,
    drop: async () => {
      try {
        await dropDatabase(server.adminUrl, name);
      } finally {
        await server.stop();
      }
    },
  };
}

/**
 * Points this test file's app clients (`db`, `readDb`) at a fresh database of
 * its own, for tests whose other processes or settings must not meet the other
 * files' data (Vitest runs each file in its own process). `restore()` points
 * them back at the run's database and drops this one.
 */
export async function useOwnTestDatabase(label: string): Promise<TestDatabase & { restore: () => Promise<void> }> {
  const previous = process.env.DATABASE_URL;
  const database = await createTestDatabase(label);
  await closeDb();
  process.env.DATABASE_URL = database.url;
  return {
    ...database,
    restore: async () => {
      await closeDb();
      process.env.DATABASE_URL = previous;
      await database.drop();
    },
  };
}
