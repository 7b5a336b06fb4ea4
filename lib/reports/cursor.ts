import "server-only";
import type postgres from "postgres";
import { sqlClient } from "@/db";
import { databasePoolMax } from "@/db/config";
import { createSlots, type Slots } from "./slots";

/** A built Drizzle select: its SQL text and parameters, as the driver would receive them. */
type BuiltQuery = { toSQL(): { sql: string; params: unknown[] } };

/**
 * An open cursor holds a pooled connection for as long as its download lasts (a slow client, a big file),
 * so exports take turns: at most a quarter of the pool at once per instance (at least one); the rest wait.
 */
let slots: Slots | undefined;
const exportSlots = () => (slots ??= createSlots(Math.max(1, Math.floor(databasePoolMax() / 4))));

/**
 * Runs a Drizzle select through a postgres.js cursor and yields its rows `size`
 * at a time, each as an object keyed like `keys` (the selection's fields, in
 * order). Only one batch is in memory at once; the next is fetched when the
 * consumer asks for it. Nothing is opened before the first batch is asked for;
 * stopping early (`return()`, e.g. a cancelled download) closes the cursor and
 * frees the connection and the export's slot.
 */
export async function* cursorRows<K extends string>(
  query: BuiltQuery,
  keys: readonly K[],
  { size = 1000, client = sqlClient() }: { size?: number; client?: postgres.Sql } = {},
): AsyncGenerator<Record<K, unknown>[]> {
  const { sql, params } = query.toSQL();
  const release = await exportSlots().acquire();
  try {
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
  } finally {
    release();
  }
}
