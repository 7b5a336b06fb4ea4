import "server-only";
import type postgres from "postgres";
import { sqlClient } from "@/db";

/** A built Drizzle select: its SQL text and parameters, as the driver would receive them. */
type BuiltQuery = { toSQL(): { sql: string; params: unknown[] } };

/**
 * Runs a Drizzle select through a postgres.js cursor and yields its rows `size`
 * at a time, each as an object keyed like `keys` (the selection's fields, in
 * order). Only one batch is in memory at once; the next is fetched when the
 * consumer asks for it. Stopping early (`return()`, e.g. a cancelled download)
 * closes the cursor and frees the connection.
 */
export async function* cursorRows<K extends string>(
  query: BuiltQuery,
  keys: readonly K[],
  { size = 1000, client = sqlClient() }: { size?: number; client?: postgres.Sql } = {},
): AsyncGenerator<Record<K, unknown>[]> {
  const { sql, params } = query.toSQL();
  const cursor = client
    .unsafe(sql, params as postgres.ParameterOrJSON<never>[])
    .values()
    .cursor(size);
  for await (const batch of cursor) {
    yield batch.map((row) => {
      const record = {} as Record<K, unknown>;
      keys.forEach((key, i) => (record[key] = row[i]));
      return record;
    });
  }
}
