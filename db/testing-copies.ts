import postgres from "postgres";
import { databaseUrl } from "./embedded";

/** The database named in a PostgreSQL URL. */
export const databaseNameOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function onServer<T>(adminUrl: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A copy named `name` of the database at `templateUrl`, on the server of `adminUrl`: PostgreSQL's
 * CREATE DATABASE … TEMPLATE (a file copy, ~0.2 s, where migrating and seeding take seconds), plus the
 * template's own settings (ALTER DATABASE … SET, which a copy does not carry: e.g. the search's similarity
 * threshold). Nothing may be connected to the template meanwhile.
 */
export async function copyDatabase(adminUrl: string, templateUrl: string, name: string): Promise<string> {
  const template = databaseNameOf(templateUrl);
  await onServer(adminUrl, async (sql) => {
    await sql.unsafe(`create database "${name}" template "${template}"`);
    const [row] = await sql<{ settings: string[] | null }[]>`
      select s.setconfig as settings from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
      where d.datname = ${template} and s.setrole = 0`;
    for (const setting of row?.settings ?? []) {
      const at = setting.indexOf("=");
      await sql.unsafe(`alter database "${name}" set ${setting.slice(0, at)} = '${setting.slice(at + 1).replaceAll("'", "''")}'`);
    }
  });
  return databaseUrl(templateUrl, name);
}

/** Drops the database `name` (closing whatever is still connected to it). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}

/** Drops every database whose name starts with `prefix`: the copies a run made, even those of a crashed test file. */
export async function dropDatabasesNamed(adminUrl: string, prefix: string): Promise<void> {
  await onServer(adminUrl, async (sql) => {
    const rows = await sql<{ name: string }[]>`select datname as name from pg_database where starts_with(datname, ${prefix})`;
    for (const { name } of rows) await sql.unsafe(`drop database if exists "${name}" with (force)`);
  });
}
