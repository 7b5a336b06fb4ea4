import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { formatOrderNumber } from "./order-number";
import { orderNumberSql } from "./order-number-sql";

describe("order numbers written by the database", () => {
  it("are the numbers formatOrderNumber writes", async () => {
    for (const n of [1, 123, 999_999, 1_234_567]) {
      const [row] = await db.execute<{ number: string; year: number }>(
        sql`select ${orderNumberSql(sql`${n}::bigint`)} as number, extract(year from now())::int as year`,
      );
      expect(row!.number).toBe(formatOrderNumber(row!.year, n));
    }
  });
});
