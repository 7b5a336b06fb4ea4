import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePassword, updateName } from "./mutations";
import { getAccountProfile } from "./queries";
import { createTestUser } from "./testing";

const row = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;

describe("profile and password (real PostgreSQL)", () => {
  it("changes the password only with the right current one, and ends other sessions", async () => {
    const user = await createTestUser();
    await db
      .update(users)
      .set({ passwordHash: await hashPassword("old-password-1") })
      .where(eq(users.id, user.id));

    expect(await changePassword(user.id, undefined, "new-password-1")).toMatchObject({ ok: false, field: "currentPassword" });
    expect(await changePassword(user.id, "wrong-password", "new-password-1")).toMatchObject({ ok: false, wrongPassword: true });
    expect(await changePassword(user.id, "old-password-1", "old-password-1")).toMatchObject({ ok: false, field: "newPassword" });
    expect((await row(user.id)).sessionVersion).toBe(0);

    expect(await changePassword(user.id, "old-password-1", "new-password-1")).toEqual({ ok: true, email: user.email });
    const after = await row(user.id);
    expect(after.sessionVersion).toBe(1);
    expect(await verifyPassword(after.passwordHash, "new-password-1")).toBe(true);
    expect(await verifyPassword(after.passwordHash, "old-password-1")).toBe(false);
  });

  it("lets an account without a password (code or OAuth sign-in) set one", async () => {
    const user = await createTestUser();
    expect((await getAccountProfile(user.id))?.hasPassword).toBe(false);
    expect(await changePassword(user.id, undefined, "first-password")).toMatchObject({ ok: true });
    expect((await getAccountProfile(user.id))?.hasPassword).toBe(true);
    expect(await changePassword(user.id, undefined, "second-password")).toMatchObject({ ok: false, field: "currentPassword" });
  });

  it("saves the name", async () => {
    const user = await createTestUser("Before");
    await updateName(user.id, "After");
    expect(await getAccountProfile(user.id)).toMatchObject({ name: "After", loyaltyPoints: 0 });
  });
});
