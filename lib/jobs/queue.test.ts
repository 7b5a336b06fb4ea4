import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { useOwnTestDatabase } from "@/db/testing";

// A stand-in SMTP server: records what it accepts, refuses everything while `failing`, takes `delayMs` per message.
const smtp = vi.hoisted(() => ({ failing: false, delayMs: 0, inFlight: 0, maxInFlight: 0, sent: [] as { to: string; text: string }[] }));
vi.mock("@/lib/mail/transport", () => ({
  smtpTransport: () => ({
    sendMail: async (m: { to: string; text: string }) => {
      smtp.maxInFlight = Math.max(smtp.maxInFlight, ++smtp.inFlight);
      try {
        if (smtp.delayMs) await new Promise((r) => setTimeout(r, smtp.delayMs));
        if (smtp.failing) throw new Error("421 try again later");
        smtp.sent.push(m);
      } finally {
        smtp.inFlight--;
      }
    },
  }),
}));
vi.stubEnv("MAIL_MAX_ATTEMPTS", "3");

// A database of this file's own: its workers must not deliver the other files' messages, nor they these.
let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;
beforeAll(async () => {
  database = await useOwnTestDatabase("queue");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.restore();
});
afterEach(() => {
  smtp.failing = false;
  smtp.delayMs = 0;
  smtp.maxInFlight = 0;
  smtp.sent.length = 0;
});

const { queueMail } = await import("@/lib/mail/send");
const { runQueueOnce } = await import("./queue");
const { drainQueue } = await import("./testing");
const { countQueueJobs, listFailedJobs } = await import("./queries");
const { retryFailedJob } = await import("./mutations");
const { metrics } = await import("@/lib/observability/metrics");

const address = () => `${crypto.randomUUID()}@example.com`;
const mail = (to: string, code = "123456") => ({
  to,
  subject: "Your code",
  text: `Your code is ${code}`,
  template: "sign-in-code",
  secrets: [code],
});
type JobRow = { id: string; attempts: number; max_attempts: number; last_error: string | null; wait_seconds: number };
async function jobFor(to: string): Promise<JobRow | undefined> {
  const [row] = await db.execute<JobRow>(sql`
    select j.id::text as id, j.attempts, j.max_attempts, j.last_error, extract(epoch from j.run_at - now())::float as wait_seconds
    from graphile_worker.jobs j join mail_outbox m on j.key = 'mail:' || m.id where m."to" = ${to}`);
  return row;
}
/** Makes the job due now, as if its backoff had passed (attempts unchanged). */
const skipBackoff = (id: string) => db.execute(sql`select from graphile_worker.reschedule_jobs(array[${id}::bigint], run_at => now())`);

describe("the job queue", () => {
  it("queues nothing when the transaction that queued the message rolls back", async () => {
    const to = address();
    await expect(
      db.transaction(async (tx) => {
        await queueMail(mail(to), tx);
        throw new Error("the order failed");
      }),
    ).rejects.toThrow("the order failed");
    await drainQueue();
    expect(smtp.sent).toEqual([]);
    expect(await db.$count(mailOutbox, eq(mailOutbox.to, to))).toBe(0);
    expect(await jobFor(to)).toBeUndefined();
  });

  it("retries a failing send with growing backoff, dead-letters it after the last attempt, and sends it once retried", async () => {
    const to = address();
    await queueMail(mail(to, "555111"));
    smtp.failing = true;

    await drainQueue();
    const first = (await jobFor(to))!;
    expect(first).toMatchObject({ attempts: 1, max_attempts: 3, last_error: expect.stringContaining("421 try again later") });
    expect(first.wait_seconds).toBeGreaterThan(1); // e^1 s
    await skipBackoff(first.id);
    await drainQueue();
    const second = (await jobFor(to))!;
    expect(second.attempts).toBe(2);
    expect(second.wait_seconds).toBeGreaterThan(first.wait_seconds + 2); // e^2 s
    await skipBackoff(first.id);
    await drainQueue();

    // Dead-lettered: never run again by itself, listed for the back office, counted in the metrics.
    expect(await jobFor(to)).toMatchObject({ attempts: 3 });
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
    expect(row).toMatchObject({ status: "failed", error: expect.stringContaining("attempt 3 of 3") });
    expect(row!.unsentText).toContain("555111"); // kept for a retry until the outbox sweep clears it
    const failed = (await listFailedJobs()).find((j) => j.id === first.id);
    expect(failed).toMatchObject({ task: "send-mail", attempts: 3, subject: { mail: { template: "sign-in-code", to } } });
    expect(failed!.lastError).toContain("421 try again later");
    expect((await countQueueJobs()).dead).toBeGreaterThanOrEqual(1);
    expect(await metrics().registry.getSingleMetricAsString("mercato_queue_jobs")).toMatch(/mercato_queue_jobs\{state="dead"\} [1-9]/);
    await skipBackoff(first.id);
    await drainQueue();
    expect(smtp.sent).toEqual([]);

    // Retried by staff: all its attempts back, due now; the message goes out whole, once.
    smtp.failing = false;
    expect(await retryFailedJob(first.id)).toBe(true);
    expect(await retryFailedJob(first.id)).toBe(false); // no longer dead-lettered
    await drainQueue();
    expect(smtp.sent).toEqual([expect.objectContaining({ to, text: "Your code is 555111" })]);
    expect(await jobFor(to)).toBeUndefined();
    expect((await listFailedJobs()).some((j) => j.id === first.id)).toBe(false);
    const [sent] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, to));
    expect(sent).toMatchObject({ status: "sent", unsentText: null, error: null });
  });

  it("two workers draining the queue at once never send the same message twice", async () => {
    smtp.delayMs = 15; // long enough for both workers to be busy at the same time
    const recipients = Array.from({ length: 24 }, () => address());
    for (const to of recipients) await queueMail(mail(to));
    await Promise.all([runQueueOnce(), runQueueOnce()]); // each runs one job at a time, on its own connections
    await drainQueue(); // nothing left: the outcomes are written
    expect(smtp.maxInFlight).toBe(2); // both were sending at once
    expect(smtp.sent.map((m) => m.to).sort()).toEqual([...recipients].sort());
    const statuses = await db
      .select({ status: mailOutbox.status })
      .from(mailOutbox)
      .where(sql`${mailOutbox.to} in ${recipients}`);
    expect(statuses.every((s) => s.status === "sent")).toBe(true);
  });
});
