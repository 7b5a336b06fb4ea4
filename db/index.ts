import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { appDatabaseUrl, behindPgBouncer, databasePoolMax, readReplica } from "./config";
import { countExclusiveHolds } from "./pool-stats";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle, for domain functions that must run inside the caller's transaction. */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** The database or a transaction: functions taking this work either way. */
export type DbOrTx = Database | Tx;

type Client = { sql: postgres.Sql; db: Database };
type Clients = { primary?: Client; read?: Client | null };
const holder = globalThis as unknown as { __mercatoDb?: Clients };
const clients = (): Clients => (holder.__mercatoDb ??= {});

function missingUrl(): never {
  throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`, which provide it.");
}

/** A pool; application_name tells its connections apart in pg_stat_activity ("mercato", "mercato-read"). */
function connect(url: string, max: number, name: string): Client {
  const sql = postgres(url, {
    max,
    onnotice: () => {},
    // PgBouncer in transaction mode hands each transaction to any server connection: named statements would not be there.
    prepare: !behindPgBouncer(),
    connection: { application_name: name },
  });
  countExclusiveHolds(sql); // pool metrics (db/pool-stats.ts)
  return { sql, db: drizzle({ client: sql, schema, casing: "snake_case" }) };
}

function primary(): Client {
  const c = clients();
  c.primary ??= connect(appDatabaseUrl() ?? missingUrl(), databasePoolMax(), "mercato");
  return c.primary;
}

/** The replica's pool when DATABASE_READ_URL is set, else the primary's. */
function read(): Client {
  const c = clients();
  if (c.read === undefined) {
    const replica = readReplica();
    c.read = replica ? connect(replica.url, replica.max, "mercato-read") : null;
  }
  return c.read ?? primary();
}

/** A Drizzle client that connects on first use, so importing this module (e.g. while Next builds) never needs a database. */
function lazy(client: () => Client): Database {
  return new Proxy({} as Database, {
    get(_target, prop) {
      const real = client().db;
      const value = Reflect.get(real, prop, real);
      return typeof value === "function" ? value.bind(real) : value;
    },
  });
}

/** The app's Drizzle client, on the primary (DATABASE_URL): every write and every read that must see them. */
export const db: Database = lazy(primary);

/**
 * The catalog's read-only client: DATABASE_READ_URL (a replica, which may lag the
 * primary by its replication delay) when set, else the same pool as `db`. Only
 * for what shoppers browse (listings, search, suggestions, product pages,
 * rankings), never for carts, checkout, stock checks or the back office.
 */
export const readDb: Database = lazy(read);

/** The raw postgres.js pool, for health checks and shutdown. */
export function sqlClient(): postgres.Sql {
  return primary().sql;
}

export async function closeDb() {
  const c = holder.__mercatoDb;
  holder.__mercatoDb = undefined;
  await Promise.all([c?.primary?.sql.end({ timeout: 5 }), c?.read?.sql.end({ timeout: 5 })]);
}
