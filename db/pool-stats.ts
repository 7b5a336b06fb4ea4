import type postgres from "postgres";

/**
 * postgres.js keeps its pool's queues private and pipelines plain queries on busy
 * connections, so "connections in use" is only exact for what holds a connection
 * alone: transactions (`sql.begin`, which Drizzle's db.transaction uses) and
 * reserved connections. Those are counted here, waiting (asked, no connection yet)
 * and in use (holding one); lib/observability/metrics.ts reports them.
 */
export type PoolStats = { inUse: number; waiting: number };

const holder = globalThis as unknown as { __mercatoPoolStats?: PoolStats };

export function poolStats(): PoolStats {
  holder.__mercatoPoolStats ??= { inUse: 0, waiting: 0 };
  return holder.__mercatoPoolStats;
}

type Begin = (...args: unknown[]) => Promise<unknown>;

/** Wraps the client's begin and reserve so that every exclusive hold is counted. */
export function countExclusiveHolds(sql: postgres.Sql): void {
  const stats = poolStats();
  const begin = (sql.begin as unknown as Begin).bind(sql);
  (sql as unknown as { begin: Begin }).begin = (...args: unknown[]) => {
    const fn = args.pop() as (tx: unknown) => unknown;
    let entered = false;
    stats.waiting++;
    const run = async (tx: unknown) => {
      entered = true;
      stats.waiting--;
      stats.inUse++;
      try {
        return await fn(tx);
      } finally {
        stats.inUse--;
      }
    };
    return begin(...args, run).finally(() => {
      if (!entered) stats.waiting--;
    });
  };
  const reserve = sql.reserve.bind(sql);
  sql.reserve = async () => {
    stats.waiting++;
    let conn: postgres.ReservedSql;
    try {
      conn = await reserve();
    } finally {
      stats.waiting--;
    }
    stats.inUse++;
    const release = conn.release.bind(conn);
    let released = false;
    conn.release = () => {
      if (!released) stats.inUse--;
      released = true;
      release();
    };
    return conn;
  };
}
