import { eq, ne, and } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { addresses, orders, users, type UserRole } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { uniqueEmail } from "@/lib/auth/testing";
import { insertOrderAt } from "@/lib/analytics/testing";
import { storeCurrency } from "@/lib/settings/store";
import { changeRoleAction } from "./actions";
import { changeUserRole } from "./mutations";
import { getCustomer, listCustomers } from "./queries";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: async () => session.user,
}));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: () => {}, revalidateTag: () => {} }));

async function account(role: UserRole, name = "Casey Customer"): Promise<SessionUser> {
  const email = uniqueEmail(role);
  const [row] = await db.insert(users).values({ email, name, role }).returning({ id: users.id });
  return { id: row!.id, email, name, role, emailVerified: true };
}

async function roleOf(id: string): Promise<UserRole> {
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, id));
  return row!.role;
}

function roleForm(userId: string, role: string): FormData {
  const form = new FormData();
  form.set("userId", userId);
  form.set("role", role);
  return form;
}

beforeEach(() => {
  session.user = null;
});

describe("customers (real PostgreSQL)", () => {
  it("lifetime value counts paid orders that were neither refunded nor cancelled, less partial refunds", async () => {
    const currency = await storeCurrency();
    const me = await account("customer", "Quinn Lifetime");
    await insertOrderAt({ userId: me.id, status: "delivered", paidAt: "2026-01-02T10:00:00Z", total: 1000, currency });
    await insertOrderAt({ userId: me.id, status: "paid", paidAt: "2026-01-03T10:00:00Z", total: 250, currency });
    await insertOrderAt({
      userId: me.id,
      status: "refunded",
      paidAt: "2026-01-04T10:00:00Z",
      refundedAt: "2026-01-05T10:00:00Z",
      total: 2000,
      currency,
    });
    await insertOrderAt({ userId: me.id, status: "cancelled", paidAt: "2026-01-06T10:00:00Z", total: 500, currency });
    const pending = await insertOrderAt({ userId: me.id, status: "pending_payment", paidAt: null, total: 700, currency });
    // Partly refunded (items returned, the shipping kept): what the shop kept counts.
    const partly = await insertOrderAt({ userId: me.id, status: "completed", paidAt: "2026-01-07T10:00:00Z", total: 400, currency });
    await db.update(orders).set({ refundedTotal: 300 }).where(eq(orders.id, partly.id));
    await db.insert(addresses).values({
      userId: me.id,
      fullName: "Quinn Lifetime",
      line1: "2 High St",
      city: "Leeds",
      postalCode: "LS1",
      country: "GB",
      isDefault: true,
    });

    const found = await listCustomers({ q: "quinn lifetime", page: 1 });
    expect(found.customers.find((c) => c.id === me.id)).toMatchObject({ orderCount: 6, lifetimeValue: 1350, currency, role: "customer" });
    const byEmail = await listCustomers({ q: me.email.toUpperCase(), page: 1 });
    expect(byEmail).toMatchObject({ total: 1, customers: [{ id: me.id }] });
    expect((await listCustomers({ q: "100%_no-such", page: 1 })).total).toBe(0);

    const detail = await getCustomer(me.id);
    expect(detail).toMatchObject({ lifetimeValue: 1350, orderCount: 6, loyaltyPoints: 0 });
    expect(detail!.orders).toHaveLength(6);
    expect(detail!.orders.map((o) => o.number)).toContain(pending.number);
    expect(detail!.addresses).toMatchObject([{ city: "Leeds", isDefault: true }]);
    expect(await getCustomer("not-a-uuid")).toBeNull();
    expect(await getCustomer("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("changing roles", () => {
  it("an admin may promote a customer; staff, shoppers and visitors change nothing", async () => {
    const target = await account("customer");
    for (const caller of [null, await account("customer"), await account("staff")]) {
      session.user = caller;
      const state = await changeRoleAction({}, roleForm(target.id, "admin"));
      expect(state.ok).toBeUndefined();
      expect(state.error).toBeTruthy();
      expect(await roleOf(target.id)).toBe("customer");
    }
    session.user = await account("admin");
    expect(await changeRoleAction({}, roleForm(target.id, "staff"))).toMatchObject({
      ok: true,
      message: "Role changed: this account is now staff.",
    });
    expect(await roleOf(target.id)).toBe("staff");
    expect(await changeRoleAction({}, roleForm(target.id, "owner"))).toMatchObject({ error: "Choose customer, staff or admin." });
    expect(await roleOf(target.id)).toBe("staff");
  });

  it("refuses changing one's own role", async () => {
    session.user = await account("admin");
    expect(await changeRoleAction({}, roleForm(session.user.id, "customer"))).toEqual({
      error: "You cannot change your own role: ask another admin.",
    });
    expect(await roleOf(session.user.id)).toBe("admin");
  });

  it("never removes the last admin, and a caller demoted meanwhile changes nothing", async () => {
    const a = await account("admin");
    const b = await account("admin");
    const other = await account("customer");
    // Inside a transaction that is rolled back: the other admins (seeded, other tests') are demoted there only.
    await db
      .transaction(async (tx) => {
        await tx
          .update(users)
          .set({ role: "customer" })
          .where(and(eq(users.role, "admin"), ne(users.id, a.id), ne(users.id, b.id)));
        expect(await changeUserRole(a.id, b.id, "staff", tx)).toEqual({ ok: true, role: "staff", changed: true });
        // b's session still says admin: the shop's only admin, a, stays one.
        expect(await changeUserRole(b.id, a.id, "customer", tx)).toEqual({
          ok: false,
          error: "This is the only admin: make someone else an admin first.",
        });
        expect(await changeUserRole(b.id, other.id, "admin", tx)).toEqual({ ok: false, error: "Only an admin can change roles." });
        const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
        expect(admins.map((r) => r.id)).toEqual([a.id]);
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error && error.message.includes("Rollback"))) throw error;
      });
    expect(await roleOf(b.id)).toBe("admin");
  });
});
