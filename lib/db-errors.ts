/** The PostgreSQL error behind a failed query, whether Drizzle wrapped it (DrizzleQueryError.cause) or not. */
function pgError(error: unknown): { code?: string; constraint_name?: string } | null {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof (e as { code?: unknown }).code === "string" && /^[0-9A-Z]{5}$/.test((e as { code: string }).code)) {
      return e as { code?: string; constraint_name?: string };
    }
  }
  return null;
}

/** True when `error` is a unique violation (23505), of `constraint` when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === "23505" && (!constraint || pg.constraint_name === constraint);
}

/** True when `error` is a CHECK violation (23514), of `constraint` when given. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  const pg = pgError(error);
  return pg?.code === "23514" && (!constraint || pg.constraint_name === constraint);
}

/** True when `error` is a deadlock (40P01) or a serialization failure (40001): the transaction may simply be run again. */
export function isRetryableConflict(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === "40P01" || code === "40001";
}
