import { desc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { smsOutbox } from "@/db/schema";
import { REDACTED } from "@/lib/mail/redact";

// A stand-in provider when `provider.mode` says so; else no SMS_PROVIDER (the fresh-clone default).
const provider = vi.hoisted(() => ({ mode: "none" as "none" | "ok" | "refuse", sent: [] as { to: string; text: string }[] }));
vi.mock("./transport", () => ({
  smsTransport: () =>
    provider.mode === "none"
      ? null
      : {
          name: "fake",
          send: async (m: { to: string; text: string }) => {
            if (provider.mode === "refuse") throw new Error("number unreachable");
            provider.sent.push(m);
            return { id: "SM-1" };
          },
        },
}));
afterEach(() => {
  provider.mode = "none";
  provider.sent.length = 0;
  vi.stubEnv("NODE_ENV", "test");
  vi.restoreAllMocks();
});

const { sendSms } = await import("./send");
const { pruneSmsOutbox } = await import("./outbox");

const number = () => `+86137${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
async function stored(to: string) {
  const [row] = await db.select().from(smsOutbox).where(eq(smsOutbox.to, to)).orderBy(desc(smsOutbox.id)).limit(1);
  return row!;
}
const logged = () => {
  const lines: string[] = [];
  vi.spyOn(console, "info").mockImplementation((...args) => void lines.push(args.join(" ")));
  return lines;
};

describe("sendSms", () => {
  it("without a provider the outbox is the delivery: the code waits in unsent_text, redacted elsewhere and in the log", async () => {
    const to = number();
    const lines = logged();
    await sendSms({ to, template: "sms-sign-in-code", text: "Mercato: your code is 482913.", secrets: ["482913"] });
    const row = await stored(to);
    expect(row).toMatchObject({ status: "logged", provider: null, text: `Mercato: your code is ${REDACTED}.` });
    expect(row.unsentText).toBe("Mercato: your code is 482913.");
    expect(lines.join("\n")).not.toContain("482913");
  });

  it("a development server prints the code to its log", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const lines = logged();
    await sendSms({ to: number(), template: "sms-sign-in-code", text: "code 112233", secrets: ["112233"] });
    expect(lines.join("\n")).toContain("112233");
  });

  it("through a provider: sent, with its message id, and the code kept nowhere", async () => {
    provider.mode = "ok";
    const to = number();
    await sendSms({ to, template: "sms-sign-in-code", text: "code 765432", secrets: ["765432"] });
    expect(provider.sent).toEqual([{ to, text: "code 765432" }]);
    expect(await stored(to)).toMatchObject({
      status: "sent",
      provider: "fake",
      providerMessageId: "SM-1",
      unsentText: null,
      text: `code ${REDACTED}`,
    });
  });

  it("a provider's refusal is recorded, not thrown", async () => {
    provider.mode = "refuse";
    vi.spyOn(console, "error").mockImplementation(() => {});
    const to = number();
    await expect(sendSms({ to, template: "sms-sign-in-code", text: "code 111111", secrets: ["111111"] })).resolves.toBeUndefined();
    expect(await stored(to)).toMatchObject({ status: "failed", error: "number unreachable", unsentText: null });
  });

  it("the sweep clears unsent codes after an hour and deletes old texts", async () => {
    const to = number();
    await sendSms({ to, template: "sms-sign-in-code", text: "code 999000", secrets: ["999000"] });
    const { id } = await stored(to);
    await pruneSmsOutbox(24, new Date(Date.now() + 61 * 60_000));
    expect((await stored(to)).unsentText).toBeNull();
    await pruneSmsOutbox(24, new Date(Date.now() + 25 * 3_600_000));
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.id, id))).toEqual([]);
  });
});
