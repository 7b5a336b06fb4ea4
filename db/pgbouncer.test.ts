import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, readDb } from "@/db";
import { orders, products } from "@/db/schema";
import { useOwnTestDatabase } from "@/db/testing";
import { placeOrder } from "@/lib/checkout/mutations";
import { schedulePeriodicJobs } from "@/lib/jobs/periodic";
import { drainQueue } from "@/lib/jobs/testing";
import { checkoutInput, createTestCart, createTestVariant } from "@/lib/orders/testing";

// A real PgBouncer in transaction mode (Debian: apt-get install pgbouncer) in front of this file's own
// database: the app's pools go through it with DATABASE_PGBOUNCER=1, the job queue's worker (a LISTEN)
// straight to PostgreSQL through DATABASE_DIRECT_URL. Skipped where PgBouncer is not installed.
const PGBOUNCER = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"].find((p) => existsSync(p));
const PORT = 16_400 + (process.pid % 500);

let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;
let bouncer: ChildProcess | undefined;
let dir: string;
let log = "";

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port }, () => (socket.destroy(), resolve(true)));
    socket.on("error", () => resolve(false));
  });

describe.skipIf(!PGBOUNCER)("behind PgBouncer in transaction mode (DATABASE_PGBOUNCER=1, real PostgreSQL)", () => {
  beforeAll(async () => {
    database = await useOwnTestDatabase("pgbouncer");
    const direct = new URL(database.url);
    dir = mkdtempSync(join(tmpdir(), "mercato-pgbouncer-"));
    chmodSync(dir, 0o755); // PgBouncer refuses to run as root: it runs as postgres and reads these files
    // PgBouncer logs in to PostgreSQL with this password (the embedded server has one; the machine's trusts anyone).
    const password = decodeURIComponent(direct.password).replaceAll('"', '""');
    writeFileSync(join(dir, "users.txt"), `"${decodeURIComponent(direct.username)}" "${password}"\n`, { mode: 0o644 });
    writeFileSync(
      join(dir, "pgbouncer.ini"),
      [
        "[databases]",
        `* = host=${direct.hostname} port=${direct.port || 5432}`,
        "[pgbouncer]",
        "listen_addr = 127.0.0.1",
        `listen_port = ${PORT}`,
        "unix_socket_dir =",
        "auth_type = trust",
        `auth_file = ${join(dir, "users.txt")}`,
        "pool_mode = transaction",
        "default_pool_size = 3",
        "max_client_conn = 100",
      ].join("\n"),
      { mode: 0o644 },
    );
    const asRoot = process.getuid?.() === 0;
    bouncer = spawn(PGBOUNCER!, [...(asRoot ? ["-u", "postgres"] : []), join(dir, "pgbouncer.ini")], { stdio: ["ignore", "pipe", "pipe"] });
    bouncer.stdout!.on("data", (d: Buffer) => (log += d.toString()));
    bouncer.stderr!.on("data", (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + 10_000;
    while (!(await answers(PORT))) {
      if (Date.now() > deadline || bouncer.exitCode !== null) throw new Error(`PgBouncer did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const viaBouncer = new URL(database.url);
    viaBouncer.host = `127.0.0.1:${PORT}`;
    await closeDb();
    process.env.DATABASE_URL = viaBouncer.toString();
    process.env.DATABASE_PGBOUNCER = "1";
    process.env.DATABASE_DIRECT_URL = database.url;
    process.env.DATABASE_POOL_MAX = "8";
  });

  afterAll(async () => {
    await closeDb();
    delete process.env.DATABASE_PGBOUNCER;
    delete process.env.DATABASE_DIRECT_URL;
    delete process.env.DATABASE_POOL_MAX;
    process.env.DATABASE_URL = database?.url;
    bouncer?.kill("SIGTERM");
    await database?.restore();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("checkout, reads and writes in parallel go through the pooler, 8 client connections on 3 server ones", async () => {
    const { variantId } = await createTestVariant({ price: 500, stock: 40 });
    const placed = await Promise.all(
      Array.from({ length: 12 }, async () =>
        placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 2 }]), userId: null }),
      ),
    );
    const ids = placed.map((p) => (p.ok ? p.order.id : p.error));
    // Named statements would meet other statements of that name on another server connection: wrong or missing rows.
    const back = await Promise.all(ids.map((id) => db.select({ id: orders.id }).from(orders).where(eq(orders.id, id))));
    expect(back.map((rows) => rows[0]?.id)).toEqual(ids);
    const reads = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        readDb
          .select({ id: products.id })
          .from(products)
          .limit(1 + (i % 3)),
      ),
    );
    expect(reads.every((r) => r.length >= 1)).toBe(true);
    expect(log).not.toMatch(/prepared statement/);
  });

  it("periodic jobs are queued through PgBouncer, and the queue (on the direct connection) runs them", async () => {
    const { variantId } = await createTestVariant({ price: 500, stock: 1 });
    const order = await placeOrder(checkoutInput(), { cartId: await createTestCart([{ variantId, quantity: 1 }]), userId: null });
    if (!order.ok) throw new Error(order.error);
    await db
      .update(orders)
      .set({ paymentDueAt: new Date(Date.now() - 1000) })
      .where(eq(orders.id, order.order.id));
    expect((await schedulePeriodicJobs(new Date(), 60)).length).toBeGreaterThan(0);
    await drainQueue();
    const [row] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.order.id));
    expect(row?.status).toBe("cancelled");
  });
});
