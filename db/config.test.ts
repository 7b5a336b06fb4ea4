import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { behindPgBouncer, databaseEnvIssues, databaseEnvShape, directDatabaseUrl, readReplica } from "./config";

const parse = (env: Record<string, string>) => z.object(databaseEnvShape).parse(env);
const messages = (env: Record<string, string>) => databaseEnvIssues(parse(env)).map((i) => `${i.path[0]}: ${i.message}`);
const PRIMARY = "postgres://app@db:5432/shop";
const saved = { ...process.env };

afterEach(() => {
  for (const key of ["DATABASE_READ_URL", "DATABASE_READ_POOL_MAX", "DATABASE_PGBOUNCER", "DATABASE_DIRECT_URL"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

describe("database settings", () => {
  it("defaults: one pool of 10, no replica, no PgBouncer", () => {
    const e = parse({});
    expect(e).toMatchObject({ DATABASE_POOL_MAX: 10, DATABASE_READ_POOL_MAX: 10, DATABASE_PGBOUNCER: false });
    expect(e.DATABASE_READ_URL).toBeUndefined();
    expect(messages({ DATABASE_URL: PRIMARY })).toEqual([]);
  });

  it("refuses malformed values with a message per variable", () => {
    const result = z.object(databaseEnvShape).safeParse({
      DATABASE_READ_URL: "mysql://x",
      DATABASE_READ_POOL_MAX: "0",
      DATABASE_PGBOUNCER: "yes",
      DATABASE_DIRECT_URL: "db:5432",
    });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byPath).toEqual({
      DATABASE_READ_URL: "must be a postgres:// URL",
      DATABASE_READ_POOL_MAX: "must be at least 1",
      DATABASE_PGBOUNCER: "must be 1 (or true) or 0 (or false)",
      DATABASE_DIRECT_URL: "must be a postgres:// URL",
    });
  });

  it("PgBouncer needs a direct URL for the session locks; a replica needs a primary", () => {
    expect(messages({ DATABASE_URL: PRIMARY, DATABASE_PGBOUNCER: "1" })).toEqual([
      expect.stringMatching(/^DATABASE_DIRECT_URL: required when DATABASE_PGBOUNCER=1: migrations and the periodic jobs' lock/),
    ]);
    expect(messages({ DATABASE_URL: PRIMARY, DATABASE_PGBOUNCER: "true", DATABASE_DIRECT_URL: "postgres://app@db-direct/shop" })).toEqual(
      [],
    );
    expect(messages({ DATABASE_READ_URL: "postgres://app@replica/shop" })).toEqual([
      "DATABASE_READ_URL: needs DATABASE_URL too (the embedded database has no replica)",
    ]);
  });

  it("the client reads them live: replica and its pool, PgBouncer switch, the direct URL falling back to DATABASE_URL", () => {
    delete process.env.DATABASE_READ_URL;
    expect(readReplica()).toBeNull();
    process.env.DATABASE_READ_URL = "postgres://app@replica/shop";
    process.env.DATABASE_READ_POOL_MAX = "25";
    expect(readReplica()).toEqual({ url: "postgres://app@replica/shop", max: 25 });

    process.env.DATABASE_PGBOUNCER = "0";
    expect(behindPgBouncer()).toBe(false);
    process.env.DATABASE_PGBOUNCER = "1";
    expect(behindPgBouncer()).toBe(true);

    delete process.env.DATABASE_DIRECT_URL;
    expect(directDatabaseUrl()).toBe(process.env.DATABASE_URL);
    process.env.DATABASE_DIRECT_URL = "postgres://app@db-direct/shop";
    expect(directDatabaseUrl()).toBe("postgres://app@db-direct/shop");
  });
});
