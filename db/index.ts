import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { appDatabaseUrl, databasePoolMax } from "./config";
import { countExclusiveHolds } from "./pool-stats";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle, for domain functions that must run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** The database or a transaction: functions taking this work either way. */
export type DbOrTx = Database | Tx;

type Client = { sql: postgres.Sql; db: Database };
const holder = globalThis as unknown as { __mercatoDb?: Client };

function connect(): Client {
  const url = appDatabaseUrl();
  if (!url) {
    throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it.");
  }
  const sql = postgres(url, {
    max: databasePoolMax(),
    onnotice: () => {},
    connection: { application_name: "mercato" },
  });
  countExclusiveHolds(sql); // pool metrics (db/pool-stats.ts)
  return { sql, db: drizzle({ client: sql, schema, casing: "snake_case" }) };
}

function client(): Client {
  holder.__mercatoDb ??= connect();
  return holder.__mercatoDb;
}

/**
 * The app's Drizzle client. Connects on first use, so importing this module
 * (e.g. while Next builds) never needs a database.
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const real = client().db;
    const value = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The raw postgres.js pool, for health checks and shutdown. */
export function sqlClient(): postgres.Sql {
  return client().sql;
}

export async function closeDb() {
  const c = holder.__mercatoDb;
  holder.__mercatoDb = undefined;
  await c?.sql.end({ timeout: 5 });
}
