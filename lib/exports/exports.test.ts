import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { csvExports, exportChunks } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { useOwnTestDatabase } from "@/db/testing";

// A session stood in for, and Next's request-bound helpers: the action and the download route as Next calls them.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

// The orders report fails while `failing` is set, after writing more than a chunk: the retries and the dead letter are real.
const broken = vi.hoisted(() => ({ failing: false, chunksWhenFailing: -1 }));
vi.mock("@/lib/reports/queries", async (original) => {
  const real = await original<typeof import("@/lib/reports/queries")>();
  return {
    ...real,
    orderLineBatches: (...args: Parameters<typeof real.orderLineBatches>) => {
      if (!broken.failing) return real.orderLineBatches(...args);
      return (async function* () {
        const filler = { number: "MC-FILL", productTitle: "x".repeat(200), currency: "USD" } as Record<string, unknown>;
        for (let i = 0; i < 4; i++) yield Array.from({ length: 2000 }, () => filler);
        const { db: database } = await import("@/db");
        broken.chunksWhenFailing = await database.$count(exportChunks);
        throw new Error("the replica went away");
      })();
    },
  };
});

// A database of this file's own: its queue runs must not take the other files' jobs, nor they these.
let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;
beforeAll(async () => {
  database = await useOwnTestDatabase("exports");
});
afterAll(async () => {
  await database?.restore();
});
afterEach(() => {
  broken.failing = false;
  session.user = null;
});

const { requestExportAction } = await import("./actions");
const { chunkStream } = await import("./chunks");
const { deleteOldExports, EXPORT_MAX_ATTEMPTS, EXPORT_RETENTION_DAYS, requestExport } = await import("./mutations");
const { GET } = await import("@/app/[locale]/admin/exports/[id]/download/route");
const { drainQueue } = await import("@/lib/jobs/testing");
const { listFailedJobs } = await import("@/lib/jobs/queries");
const { retryFailedJob } = await import("@/lib/jobs/mutations");
const { PERIODIC_JOBS } = await import("@/lib/jobs/periodic");
const { parseOrderListParams } = await import("@/lib/orders/list-params");
const { createUserWithRole } = await import("@/lib/products/testing");
const { orderLineBatches } = await import("@/lib/reports/queries");
const { ORDER_LINES } = await import("@/lib/reports/rows");
const { csvStream } = await import("@/lib/reports/stream");
const { insertReportOrder } = await import("@/lib/reports/testing");

/** The file as its chunks hold it, in order. */
async function storedFile(id: number): Promise<Buffer> {
  const chunks = await db
    .select({ data: exportChunks.data })
    .from(exportChunks)
    .where(eq(exportChunks.exportId, id))
    .orderBy(asc(exportChunks.seq));
  return Buffer.concat(chunks.map((c) => c.data));
}
/** The orders report for `email` as the reports stream it, byte for byte. */
const expectedOrders = async (email: string) =>
  Buffer.from(
    await new Response(
      csvStream(ORDER_LINES.header, orderLineBatches(parseOrderListParams({ q: email }, "USD")), ORDER_LINES.cells),
    ).arrayBuffer(),
  );
const exportRow = async (id: number) => (await db.select().from(csvExports).where(eq(csvExports.id, id)))[0];
const jobOf = async (id: number) =>
  (
    await db.execute<{ id: string; attempts: number }>(
      sql`select id::text as id, attempts from graphile_worker.jobs where key = ${`export:${id}`}`,
    )
  )[0];
const skipBackoff = () =>
  db.execute(
    sql`select from graphile_worker.reschedule_jobs(array(select id from graphile_worker.jobs where attempts < max_attempts), run_at => now())`,
  );

async function ordersFor(email: string) {
  await insertReportOrder({
    email,
    status: "paid",
    createdAt: "2026-02-03T10:00:00Z",
    lines: [{ sku: "EXP-1", title: '杯子, "big"', unitPrice: 1250, quantity: 2 }],
  });
  await insertReportOrder({
    email,
    status: "shipped",
    createdAt: "2026-02-04T10:00:00Z",
    lines: [{ sku: "=EXP-2", title: "Pot", unitPrice: 300, quantity: 1 }],
  });
}

describe("CSV exports on the job queue (real PostgreSQL)", () => {
  it("staff ask for an export: it is queued with its job, written into chunks that make the report's file, and downloaded by staff only", async () => {
    const staff = await createUserWithRole("staff");
    const email = `exp-${crypto.randomUUID()}@example.com`;
    await ordersFor(email);

    // A bad range is refused with the reason, and nothing is queued.
    session.user = staff;
    const before = await db.$count(csvExports);
    const refused = await requestExportAction({}, form({ report: "orders", q: email, from: "2026-02-10", to: "2026-02-01" }));
    expect(refused).toEqual({ error: "The From date must be on or before the To date." });
    expect(await requestExportAction({}, form({ report: "daily", from: "2026-02-01" }))).toEqual({
      error: "Figures per day need both dates of the range (From and To).",
    });
    expect(await db.$count(csvExports)).toBe(before);

    const redirected = await requestExportAction({}, form({ report: "orders", q: email, from: "", status: "" })).catch(
      (e: { url?: string }) => e,
    );
    const id = Number(/\/admin\/exports\?requested=(\d+)$/.exec((redirected as { url: string }).url)?.[1]);
    expect(await exportRow(id)).toMatchObject({
      report: "orders",
      params: { q: email },
      status: "queued",
      requestedBy: staff.id,
      rows: null,
    });
    expect(await jobOf(id)).toBeDefined();

    await drainQueue();
    const ready = (await exportRow(id))!;
    expect(ready).toMatchObject({
      status: "ready",
      rows: 2,
      error: null,
      filename: expect.stringMatching(/^orders-all-\d{4}-\d{2}-\d{2}\.csv$/),
    });
    const file = await storedFile(id);
    expect(file.equals(await expectedOrders(email))).toBe(true);
    expect(ready.bytes).toBe(file.byteLength);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString("utf8")).toContain("'=EXP-2");
    expect(await jobOf(id)).toBeUndefined(); // done jobs leave the queue

    const download = await GET(new Request(`http://shop.test/admin/exports/${id}/download`), params(id));
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${ready.filename}"`);
    expect(download.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);

    for (const user of [null, await createUserWithRole("customer")]) {
      session.user = user;
      const refusedDownload = await GET(new Request(`http://shop.test/admin/exports/${id}/download`), params(id));
      expect(refusedDownload.status).toBe(404);
      expect(await refusedDownload.text()).not.toContain("Order number");
    }
  });

  it("a failed attempt leaves no piece behind and is retried with backoff; a retry after a crash starts clean and leaves exactly one copy", async () => {
    const staff = await createUserWithRole("staff");
    const email = `exp-${crypto.randomUUID()}@example.com`;
    await ordersFor(email);
    broken.failing = true;
    const id = await requestExport({ report: "orders", q: email }, staff.id, new Date());
    await drainQueue();
    expect(broken.chunksWhenFailing).toBeGreaterThan(0); // more than a megabyte was written before the failure
    expect(await db.$count(exportChunks, eq(exportChunks.exportId, id))).toBe(0);
    expect(await exportRow(id)).toMatchObject({ status: "queued", error: "attempt 1 of 4: the replica went away" });
    expect((await jobOf(id))!.attempts).toBe(1);

    // What an attempt cut short by a crash would leave: pieces of a file, at the start and further on.
    await db.insert(exportChunks).values([
      { exportId: id, seq: 0, data: Buffer.from("stale start") },
      { exportId: id, seq: 7, data: Buffer.from("stale end") },
    ]);
    broken.failing = false;
    await skipBackoff();
    await drainQueue();
    expect(await exportRow(id)).toMatchObject({ status: "ready", rows: 2, error: null });
    const file = await storedFile(id);
    expect(file.equals(await expectedOrders(email))).toBe(true);
    const read = Buffer.from(await new Response(chunkStream(id, file.byteLength)).arrayBuffer());
    expect(read.equals(file)).toBe(true);
  });

  it("after its last attempt the export says failed and its job waits on Failed jobs, named; Retry makes it ready", async () => {
    const staff = await createUserWithRole("staff");
    const email = `exp-${crypto.randomUUID()}@example.com`;
    await ordersFor(email);
    broken.failing = true;
    const id = await requestExport({ report: "orders", q: email, from: "2026-02-01", to: "2026-02-28" }, staff.id, new Date());
    for (let i = 0; i < EXPORT_MAX_ATTEMPTS; i++) {
      await skipBackoff();
      await drainQueue();
    }
    expect(await exportRow(id)).toMatchObject({
      status: "failed",
      error: `attempt ${EXPORT_MAX_ATTEMPTS} of ${EXPORT_MAX_ATTEMPTS}: the replica went away`,
    });
    const dead = (await listFailedJobs()).find((j) => j.subject && "export" in j.subject && j.subject.export.id === id);
    expect(dead).toMatchObject({ task: "export-csv", attempts: EXPORT_MAX_ATTEMPTS, subject: { export: { id, report: "orders" } } });
    expect(dead!.lastError).toContain("the replica went away");

    broken.failing = false;
    expect(await retryFailedJob(dead!.id)).toBe(true);
    await drainQueue();
    expect(await exportRow(id)).toMatchObject({ status: "ready", rows: 2, error: null, filename: "orders-2026-02-01-to-2026-02-28.csv" });
    expect((await storedFile(id)).equals(await expectedOrders(email))).toBe(true);
    expect((await listFailedJobs()).some((j) => j.id === dead!.id)).toBe(false);
  });

  it(`exports older than ${EXPORT_RETENTION_DAYS} days are deleted with their files by a periodic job`, async () => {
    expect(PERIODIC_JOBS.map((j) => j.task)).toContain("periodic:delete-old-exports");
    const staff = await createUserWithRole("staff");
    const old = await requestExport({ report: "stock" }, staff.id, new Date(Date.now() - (EXPORT_RETENTION_DAYS + 1) * 86_400_000));
    const recent = await requestExport({ report: "stock" }, staff.id, new Date(Date.now() - (EXPORT_RETENTION_DAYS - 1) * 86_400_000));
    // Exports share one queue (one at a time): a run may end while the second waits for the first to finish.
    while ((await exportRow(recent))!.status !== "ready") await drainQueue();
    expect(await db.$count(exportChunks, eq(exportChunks.exportId, old))).toBeGreaterThan(0);
    expect(await deleteOldExports(EXPORT_RETENTION_DAYS)).toBe(1);
    expect(await exportRow(old)).toBeUndefined();
    expect(await db.$count(exportChunks, eq(exportChunks.exportId, old))).toBe(0);
    expect(await exportRow(recent)).toMatchObject({ status: "ready" });
    expect(await db.$count(exportChunks, and(eq(exportChunks.exportId, recent)))).toBeGreaterThan(0);
  });
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}
function params(id: number) {
  return { params: Promise.resolve({ locale: "en", id: String(id) }) };
}
