import { z } from "zod";

/**
 * The database client's settings. lib/env.ts validates them at boot with the
 * rest of the environment (its schema spreads these fields); they live here so
 * that db/ imports nothing from lib/.
 */
export const databaseEnvShape = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
};

/**
 * DATABASE_URL as it is now, validated like the rest: read live, because
 * db/bootstrap.ts sets it after boot when it starts the embedded server.
 */
export function appDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  return url ? databaseEnvShape.DATABASE_URL.parse(url) : undefined;
}

/** Connections per app instance (DATABASE_POOL_MAX). */
export function databasePoolMax(): number {
  return databaseEnvShape.DATABASE_POOL_MAX.parse(process.env.DATABASE_POOL_MAX);
}
