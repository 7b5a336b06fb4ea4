import { randomUUID } from "node:crypto";
import v8 from "node:v8";
import vm from "node:vm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/products/csv/csv-codec";
import { parseOrderListParams } from "@/lib/orders/list-params";
import { orderLineBatches } from "./queries";
import { ORDER_LINES } from "./rows";
import { csvStream } from "./stream";
import { insertBulkOrders } from "./testing";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const ORDERS = 100_000;
const tag = randomUUID().slice(0, 8);
const email = `bulk-${tag}@example.com`;
// 1997: no other test writes orders then, and the filter below also asks for this run's e-mail.
const filter = parseOrderListParams({ q: email, from: "1997-01-01", to: "1997-12-31" }, "USD");

describe("orders CSV export at scale (real PostgreSQL)", () => {
  it(
    `streams ${ORDERS.toLocaleString("en")} orders with their lines while the heap stays far below the file's size`,
    { timeout: 60_000 },
    async () => {
      // One connection in one transaction, rolled back at the end: tests running beside this one never see these orders.
      const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        await client.unsafe("begin");
        const started = Date.now();
        await insertBulkOrders(client, { tag, email, count: ORDERS });
        const inserted = Date.now();

        gc();
        const baseline = process.memoryUsage().heapUsed;
        let retained = 0;
        let bytes = 0;
        let lines = 0;
        let chunks = 0;
        let head = "";
        const reader = csvStream(ORDER_LINES.header, orderLineBatches(filter, { client }), ORDER_LINES.cells).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          bytes += value.byteLength;
          for (const b of value) if (b === 0x0a) lines++;
          if (chunks++ < 2) head += new TextDecoder().decode(value);
          // What stays alive as the file goes out: measured after a collection every 10 batches.
          if (chunks % 10 === 0) {
            gc();
            retained = Math.max(retained, process.memoryUsage().heapUsed - baseline);
          }
        }
        const streamed = Date.now();
        const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
        console.info(
          `[reports] ${ORDERS} orders: insert ${inserted - started} ms, stream ${streamed - inserted} ms, ${mb(bytes)} of CSV, heap retained at most ${mb(retained)}`,
        );

        expect(lines).toBe(ORDERS + 1); // the header and one row per line
        const [header, first] = parseCsv(head);
        expect(header).toEqual([...ORDER_LINES.header]);
        expect(first).toEqual([
          `MC-L-${tag}-1`,
          "1997-01-01 00:05:00",
          "1997-01-01 00:05:00",
          "paid",
          email,
          "USD",
          "19.99",
          "0.00",
          "5.00",
          "24.99",
          "0.00",
          "BULK-1",
          '批量商品 bulk item, "quoted"',
          "",
          "1",
          "19.99",
          "19.99",
        ]);
        expect(bytes).toBeGreaterThan(15 * 2 ** 20);
        expect(retained).toBeLessThan(30 * 2 ** 20);
        expect(retained).toBeLessThan(bytes / 4);
      } finally {
        await client.unsafe("rollback").catch(() => {});
        await client.end({ timeout: 1 });
      }
    },
  );
});
