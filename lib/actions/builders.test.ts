import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import type { ActionState } from "@/lib/forms/action-state";
import { actionKindOf } from "./brand";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (original) => ({ ...(await original<object>()), getSessionUser: async () => session.user }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
}));

const { publicAction, shopperAction, staffAction } = await import("./index");

const person = (role: SessionUser["role"]): SessionUser => ({
  id: `id-${role}`,
  email: `${role}@example.com`,
  name: role,
  role,
  emailVerified: true,
});
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};
const schema = z.object({ email: z.email("Enter an e-mail."), password: z.string().min(8, "Too short.") });

let ran: unknown[] = [];
const record = async (input: unknown): Promise<ActionState> => {
  ran.push(input);
  return { ok: true, message: "done" };
};

beforeEach(() => {
  ran = [];
  session.user = null;
});

describe("staffAction", () => {
  const action = staffAction({ schema }, record);
  const adminOnly = staffAction({ role: "admin", schema }, record);
  const good = form({ email: "a@example.com", password: "long-enough" });

  it("refuses signed-out callers, shoppers and (for admin actions) staff before parsing; nothing runs", async () => {
    expect(await action({}, form({}))).toEqual({ error: "Your session has ended: sign in again to continue." });
    session.user = person("customer");
    expect(await action({}, good)).toEqual({ error: "You do not have access to the back office." });
    session.user = person("staff");
    expect(await adminOnly({}, good)).toEqual({ error: "Only an admin can change this." });
    expect(ran).toEqual([]);
  });

  it("runs for staff with the parsed input and the caller", async () => {
    session.user = person("staff");
    const seen = staffAction({ schema }, async (input, { user }): Promise<ActionState> => ({
      ok: true,
      message: `${user.id} ${input.email}`,
    }));
    expect(await seen({}, good)).toEqual({ ok: true, message: "id-staff a@example.com" });
    session.user = person("admin");
    expect(await adminOnly({}, good)).toEqual({ ok: true, message: "done" });
  });

  it("refuses a session that still owes its two-factor step or enrolment, admins included; nothing runs", async () => {
    session.user = { ...person("admin"), missingFactor: "verify" };
    expect(await action({}, good)).toEqual({ error: "Enter your authentication code first: sign in again to continue." });
    expect(await adminOnly({}, good)).toEqual({ error: "Enter your authentication code first: sign in again to continue." });
    session.user = { ...person("admin"), missingFactor: "enrol" };
    expect(await action({}, good)).toEqual({ error: "Set up two-factor sign-in first: admins need it to use the back office." });
    session.user = { ...person("staff"), missingFactor: "verify" };
    const call = staffAction.call({ args: z.tuple([z.number()]), refused: (r): ActionState => ({ error: r.error }) }, record);
    expect(await call(1)).toEqual({ error: "Enter your authentication code first: sign in again to continue." });
    expect(ran).toEqual([]);
  });

  it("refuses staff without a named permission with that permission's sentence; admins hold it", async () => {
    const refund = staffAction({ permission: "refund", schema }, record);
    session.user = person("staff");
    expect(await refund({}, good)).toEqual({ error: "Only an admin can refund an order or cancel a paid one: ask an admin to do it." });
    expect(ran).toEqual([]);
    session.user = person("admin");
    expect(await refund({}, good)).toEqual({ ok: true, message: "done" });
  });

  it("answers refused input with field errors and the typed values, never the password", async () => {
    session.user = person("admin");
    const state = await action({}, form({ email: "nope", password: "short" }));
    expect(state).toEqual({
      error: "Please correct the highlighted fields.",
      fieldErrors: { email: "Enter an e-mail.", password: "Too short." },
      values: { email: "nope" },
    });
    expect(ran).toEqual([]);
  });
});

describe("publicAction", () => {
  it("lets anyone call, and a rate-limit hook refuses with its sentence before the action runs", async () => {
    const seen: unknown[] = [];
    const limited = publicAction(
      {
        schema,
        rateLimit: async (input, ctx) => {
          seen.push([input.email, ctx.form.get("email"), await ctx.sessionUser()]);
          return input.email.startsWith("blocked") ? "Too many attempts. Try again in 5 minutes." : null;
        },
      },
      record,
    );
    expect(await limited({}, form({ email: "blocked@example.com", password: "long-enough" }))).toEqual({
      error: "Too many attempts. Try again in 5 minutes.",
      values: { email: "blocked@example.com" },
    });
    expect(ran).toEqual([]);
    expect(await limited({}, form({ email: "fine@example.com", password: "long-enough" }))).toEqual({ ok: true, message: "done" });
    expect(ran).toEqual([{ email: "fine@example.com", password: "long-enough" }]);
    expect(seen).toEqual([
      ["blocked@example.com", "blocked@example.com", null],
      ["fine@example.com", "fine@example.com", null],
    ]);
  });

  it("reads arguments that are not a form as an empty form, so a crafted call is refused, not thrown", async () => {
    const action = publicAction({ schema }, record) as unknown as (...args: unknown[]) => Promise<unknown>;
    expect(await action({}, { email: "a@example.com" })).toMatchObject({ error: "Please correct the highlighted fields." });
    expect(ran).toEqual([]);
  });

  it("joins an argument bound before the form to the input under its name", async () => {
    const bound = publicAction({ schema: z.object({ id: z.coerce.number().int(), note: z.string() }), bind: "id" }, record);
    await bound(7, {}, form({ id: "999", note: "hi" }));
    expect(ran).toEqual([{ id: 7, note: "hi" }]);
  });
});

describe("shopperAction", () => {
  it("sends a signed-out caller to sign in and back, or gives the signedOut answer", async () => {
    const toSignIn = shopperAction({ returnTo: (f) => String(f.get("back")), schema }, record);
    await expect(toSignIn({}, form({ back: "/account/x" }))).rejects.toMatchObject({ url: "/sign-in?next=%2Faccount%2Fx" });
    const answer = shopperAction({ signedOut: { error: "Sign in first." }, schema }, record);
    expect(await answer({}, form({ email: "a@example.com", password: "long-enough" }))).toEqual({ error: "Sign in first." });
    expect(ran).toEqual([]);
  });

  it("gives the action the signed-in shopper; call actions parse their arguments as a tuple", async () => {
    session.user = person("customer");
    const toggle = shopperAction.call(
      {
        signedOut: { ok: false, why: "signed out" },
        args: z.tuple([z.number().int(), z.boolean()]),
        refused: (r) => ({ ok: false, why: r.error }),
      },
      async ([id, on], { user }) => ({ ok: true, why: `${user.id} ${id} ${on}` }),
    );
    expect(await toggle(3, true)).toEqual({ ok: true, why: "id-customer 3 true" });
    expect(await (toggle as unknown as (...a: unknown[]) => Promise<unknown>)("3; drop", true)).toMatchObject({ ok: false });
  });
});

describe("the brand", () => {
  it("names the kind of every built action and nothing else", () => {
    expect(actionKindOf(staffAction({ schema }, record))).toBe("staff");
    expect(actionKindOf(shopperAction.form({ returnTo: "/", schema, invalid: () => {} }, async () => {}))).toBe("shopper");
    expect(actionKindOf(publicAction({ schema }, record))).toBe("public");
    expect(actionKindOf(async () => {})).toBeNull();
  });
});
