import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { mailOutbox } from "@/db/schema";
import { resetPasswordSchema, signUpSchema } from "./schema";
import { uniqueEmail } from "./testing";
import { getUserByEmail } from "./users";

// The action runs outside Next here: a cookie jar and after() that queue what Next would do.
const next = vi.hoisted(() => ({ cookies: new Map<string, string>(), later: [] as (() => Promise<unknown>)[] }));
vi.mock("next/headers", async (original) => ({
  ...(await original<object>()),
  cookies: async () => ({
    set: (name: string, value: string) => next.cookies.set(name, value),
    get: (name: string) => ({ value: next.cookies.get(name) }),
  }),
  // Each sign-up comes from its own client address, so the per-address limit of the whole run never refuses one.
  headers: async () => new Headers({ "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` }),
}));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: (fn: () => Promise<unknown>) => next.later.push(fn) }));

const { signUpAction } = await import("./actions");
const { passwordChangeSchema } = await import("@/lib/accounts/schema");

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function mailsTo(email: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
}

beforeEach(() => {
  next.cookies.clear();
  next.later = [];
});

describe("sign-up", () => {
  it("answers the same whether or not the e-mail has an account, and mails only after answering", async () => {
    const email = uniqueEmail("twice");
    const first = await signUpAction({}, form({ name: "First", email, password: "first-long-pass-1" }));
    const firstCookie = next.cookies.get("mercato_signup");
    expect(await mailsTo(email)).toEqual([]);
    for (const job of next.later.splice(0)) await job();

    const second = await signUpAction({}, form({ name: "Second", email, password: "second-long-pass-2" }));
    expect(second).toEqual(first);
    expect(first).toMatchObject({ ok: true, values: { email } });
    expect(first.error).toBeUndefined();
    // The proof cookie is set either way and looks alike (a decoy for the existing account).
    expect(next.cookies.get("mercato_signup")).toMatch(/^[\w-]{43}$/);
    expect(firstCookie).toMatch(/^[\w-]{43}$/);
    expect((await getUserByEmail(email))?.name).toBe("First");

    expect(await db.$count(mailOutbox, and(eq(mailOutbox.to, email), eq(mailOutbox.template, "account-exists")))).toBe(0);
    for (const job of next.later.splice(0)) await job();
    const mails = await mailsTo(email);
    expect(mails.map((m) => m.template).sort()).toEqual(["account-exists", "sign-up"]);
    expect(mails.find((m) => m.template === "account-exists")!.text).toContain("you already have an account");
    // The code is kept out of the stored text (redacted), and in full only until the message is sent.
    const signUp = mails.find((m) => m.template === "sign-up")!;
    expect(signUp.text).not.toMatch(/\d{6}/);
    expect(signUp.unsentText).toMatch(/Your code: \d{6}/);
  });

  it("refuses one of the 10,000 most common passwords and creates nothing", async () => {
    const email = uniqueEmail("common");
    const state = await signUpAction({}, form({ name: "Common", email, password: "Password1" }));
    expect(state.fieldErrors?.password).toMatch(/most common/);
    expect(await getUserByEmail(email)).toBeNull();
    expect(next.later).toEqual([]);
  });
});

describe("common passwords", () => {
  it("are refused at sign-up, reset and password change, whatever their case; others pass", () => {
    for (const password of ["password", "iloveyou", "Sunshine", "12345678", "qwertyuiop", "baseball1"]) {
      expect(signUpSchema.safeParse({ name: "N", email: "n@example.com", password }).success).toBe(false);
      expect(resetPasswordSchema.safeParse({ token: "t".repeat(43), newPassword: password }).success).toBe(false);
      expect(passwordChangeSchema.safeParse({ newPassword: password }).success).toBe(false);
    }
    expect(signUpSchema.safeParse({ name: "N", email: "n@example.com", password: "violet-otter-harbour" }).success).toBe(true);
    expect(passwordChangeSchema.safeParse({ newPassword: "violet-otter-harbour" }).success).toBe(true);
  });
});
