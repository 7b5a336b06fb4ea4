import { desc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { useOwnTestDatabase } from "@/db/testing";

// A stand-in SMTP transport when `smtp.on`; else no SMTP_URL (the fresh-clone default).
const smtp = vi.hoisted(() => ({ on: false, sent: [] as { to: string; subject: string; text: string }[] }));
vi.mock("./transport", () => ({
  smtpTransport: () => (smtp.on ? { sendMail: async (m: { to: string; subject: string; text: string }) => void smtp.sent.push(m) } : null),
}));
vi.stubEnv("MAIL_OUTBOX_RETENTION_HOURS", "2");
afterEach(() => {
  smtp.on = false;
  smtp.sent.length = 0;
  vi.stubEnv("NODE_ENV", "test");
  vi.restoreAllMocks();
});
// A database of this file's own: running the queue here must not deliver the other files' messages.
let database: Awaited<ReturnType<typeof useOwnTestDatabase>>;
beforeAll(async () => {
  database = await useOwnTestDatabase("mail");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await database?.restore();
});

const { queueMail } = await import("./send");
const { drainQueue } = await import("@/lib/jobs/testing");
/** Queues the message and runs the queue, as the worker would at once. */
const sendMail = async (mail: Parameters<typeof queueMail>[0]) => {
  await queueMail(mail);
  await drainQueue();
};
const { pruneMailOutbox, UNSENT_SECRET_HOLD_MINUTES } = await import("./outbox");
const { redactSecrets, REDACTED } = await import("./redact");
const { accountExistsMail, confirmEmailMail, confirmSignUpMail, passwordResetMail, signInCodeMail } = await import("@/lib/auth/emails");
const { runPeriodicJobsNow } = await import("@/lib/jobs/periodic");

const address = () => `${crypto.randomUUID()}@example.com`;
async function stored(to: string) {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.id)).limit(1);
  return row!;
}
const logged = () => {
  const lines: string[] = [];
  vi.spyOn(console, "info").mockImplementation((...args) => void lines.push(args.join(" ")));
  return lines;
};

describe("secrets in mail", () => {
  it("the sign-in code is never in the subject", async () => {
    const mail = await signInCodeMail("a@example.com", "493027");
    expect(mail.subject).not.toContain("493027");
    expect(mail.text).toContain("493027");
    expect(mail.secrets).toEqual(["493027"]);
  });

  it("every mail carrying a code or a link names it as a secret (sign-up, account exists, confirm e-mail too)", async () => {
    const site = "https://shop.example";
    const mails = await Promise.all([
      signInCodeMail("a@example.com", "493027"),
      confirmSignUpMail("a@example.com", "Ann", "493027", site),
      accountExistsMail("a@example.com", "493027", site),
      confirmEmailMail("a@example.com", "493027"),
    ]);
    for (const mail of mails) {
      expect(mail.text, mail.template).toContain("493027");
      expect(mail.secrets, mail.template).toContain("493027");
    }
    expect((await passwordResetMail("a@example.com", `${site}/reset-password?token=abc`)).secrets).toEqual([
      `${site}/reset-password?token=abc`,
    ]);
  });

  it("redaction replaces every secret, a longer one whole", () => {
    expect(redactSecrets("code 123 then https://x/reset?t=123 and 123", ["123", "https://x/reset?t=123"])).toBe(
      `code ${REDACTED} then ${REDACTED} and ${REDACTED}`,
    );
  });

  it("sent through SMTP, the message goes out whole and is stored redacted, with no full copy", async () => {
    smtp.on = true;
    const to = address();
    const link = "http://localhost:3000/reset-password?token=s3cret-token-value";
    await sendMail(await passwordResetMail(to, link));
    expect(smtp.sent[0]!.text).toContain(link);
    const row = await stored(to);
    expect(row).toMatchObject({ status: "sent", unsentText: null });
    expect(row.text).not.toContain("s3cret-token-value");
    expect(row.text).toContain(REDACTED);
  });

  it("a queued message waits in the outbox, its secret only in the held full text, until the worker sends it", async () => {
    smtp.on = true;
    const to = address();
    await queueMail(await signInCodeMail(to, "440917"));
    const row = await stored(to);
    expect(row).toMatchObject({ status: "queued", template: "sign-in-code" });
    expect(row.text).not.toContain("440917");
    expect(row.unsentText).toContain("440917");
    expect(smtp.sent).toHaveLength(0);
    await drainQueue();
    expect(smtp.sent.map((m) => m.to)).toEqual([to]);
    expect(await stored(to)).toMatchObject({ status: "sent", unsentText: null });
  });

  it("without SMTP the outbox holds the full text until delivery; a production log shows it redacted, a development log whole", async () => {
    vi.stubEnv("NODE_ENV", "production");
    let lines = logged();
    const to = address();
    await sendMail(await signInCodeMail(to, "771204"));
    const row = await stored(to);
    expect(row).toMatchObject({ status: "logged" });
    expect(row.text).not.toContain("771204");
    expect(row.unsentText).toContain("771204");
    expect(lines.join("\n")).not.toContain("771204");
    expect(lines.join("\n")).toContain(REDACTED);

    vi.stubEnv("NODE_ENV", "development");
    lines = logged();
    await sendMail(await signInCodeMail(to, "883315"));
    expect(lines.join("\n")).toContain("883315");
  });
});

describe("outbox pruning", () => {
  it("clears held secrets after the hold and deletes messages older than the retention, leaving recent ones", async () => {
    const to = address();
    await sendMail(await signInCodeMail(to, "100001"));
    const now = new Date();
    const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const [fresh, held, old] = await db
      .insert(mailOutbox)
      .values([
        {
          to,
          subject: "s",
          text: `code ${REDACTED}`,
          unsentText: "code 200002",
          template: "sign-in-code",
          status: "logged",
          createdAt: ago(5),
        },
        {
          to,
          subject: "s",
          text: `code ${REDACTED}`,
          unsentText: "code 300003",
          template: "sign-in-code",
          status: "logged",
          createdAt: ago(UNSENT_SECRET_HOLD_MINUTES + 1),
        },
        { to, subject: "s", text: "old", template: "welcome", status: "sent", createdAt: ago(25 * 60) },
      ])
      .returning({ id: mailOutbox.id });
    expect(await pruneMailOutbox(24, now)).toBeGreaterThanOrEqual(2);
    const rows = await db.select({ id: mailOutbox.id, unsentText: mailOutbox.unsentText }).from(mailOutbox).where(eq(mailOutbox.to, to));
    expect(rows.find((r) => r.id === fresh!.id)?.unsentText).toBe("code 200002");
    expect(rows.find((r) => r.id === held!.id)).toEqual({ id: held!.id, unsentText: null });
    expect(rows.find((r) => r.id === old!.id)).toBeUndefined();
  });

  it("the periodic jobs prune after MAIL_OUTBOX_RETENTION_HOURS", async () => {
    const to = address();
    const [kept, gone] = await db
      .insert(mailOutbox)
      .values([
        { to, subject: "s", text: "t", template: "welcome", status: "sent", createdAt: sql`now() - interval '90 minutes'` },
        { to, subject: "s", text: "t", template: "welcome", status: "sent", createdAt: sql`now() - interval '150 minutes'` },
      ])
      .returning({ id: mailOutbox.id });
    await runPeriodicJobsNow();
    const ids = (await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.to, to))).map((r) => r.id);
    expect(ids).toContain(kept!.id);
    expect(ids).not.toContain(gone!.id);
  });
});
