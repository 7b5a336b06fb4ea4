import { describe, expect, it, vi } from "vitest";
import { parseCsv } from "@/lib/products/csv/csv-codec";
import { csvResponse, csvStream, inBatches } from "./stream";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("csvStream", () => {
  it("starts with a byte-order mark and the header, then every batch's rows", async () => {
    const stream = csvStream(["SKU", "Title"], [[{ sku: "A", title: "杯子" }], [{ sku: "=B", title: "x,y" }]], (r) => [r.sku, r.title]);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text).toBe('SKU,Title\r\nA,杯子\r\n\'=B,"x,y"\r\n');
    expect(parseCsv(text)).toEqual([
      ["SKU", "Title"],
      ["A", "杯子"],
      ["'=B", "x,y"],
    ]);
  });

  it("asks its source for a batch only when the reader wants more, and stops the source when cancelled", async () => {
    let fetched = 0;
    let stopped = false;
    async function* batches() {
      try {
        for (let i = 0; i < 1000; i++) {
          fetched++;
          yield [{ n: i }];
        }
      } finally {
        stopped = true;
      }
    }
    const reader = csvStream(["n"], batches(), (r) => [String(r.n)]).getReader();
    await reader.read(); // the header
    await reader.read(); // batch 0
    await new Promise((r) => setTimeout(r, 20));
    expect(fetched).toBeLessThanOrEqual(2); // at most one batch read ahead
    await reader.cancel();
    expect(stopped).toBe(true);
    expect(fetched).toBeLessThanOrEqual(2);
  });

  it("fails the download, rather than ending it as if complete, when its source fails", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    async function* failing() {
      yield [{ n: "1" }];
      throw new Error("connection lost");
    }
    await expect(readAll(csvStream(["n"], failing(), (r) => [r.n]))).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it("a reader that leaves while a batch is on its way ends the stream quietly", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    let stopped = false;
    let arrive: () => void = () => {};
    async function* slow() {
      try {
        yield [{ n: "1" }];
        await new Promise<void>((resolve) => (arrive = resolve));
        yield [{ n: "2" }];
      } finally {
        stopped = true;
      }
    }
    const reader = csvStream(["n"], slow(), (r) => [r.n]).getReader();
    await reader.read(); // header
    await reader.read(); // batch 1
    const pending = reader.read(); // asks for batch 2, which is slow to come
    await new Promise((r) => setTimeout(r, 10));
    const cancelled = reader.cancel();
    arrive();
    await cancelled;
    expect((await pending).done).toBe(true);
    expect(stopped).toBe(true);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("regroups records one at a time into batches", async () => {
    async function* five() {
      for (let i = 1; i <= 5; i++) yield i;
    }
    const batches: number[][] = [];
    for await (const b of inBatches(five(), 2)) batches.push(b);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("skips empty batches without stalling", async () => {
    const text = await readAll(csvStream(["n"], [[], [], [{ n: "1" }], []], (r) => [r.n]));
    expect(text.replace(/^\uFEFF/, "")).toBe("n\r\n1\r\n");
  });

  it("is served as a UTF-8 CSV download named after its range, never cached", () => {
    const response = csvResponse(
      csvStream(["n"], [], (r: { n: string }) => [r.n]),
      "orders-2026-01-01-to-2026-01-31.csv",
    );
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="orders-2026-01-01-to-2026-01-31.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
