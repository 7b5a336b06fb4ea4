import type { TestAccount } from "./account-db";
import { createAccount } from "./account-db";
import { testDb } from "./db";

/** A fresh account with the `staff` or `admin` role, written straight to the database. */
export async function createStaffAccount(
  role: "staff" | "admin",
  name = role === "admin" ? "Avery Admin" : "Sasha Staff",
): Promise<TestAccount> {
  const account = await createAccount(name);
  await testDb()`update users set role = ${role} where id = ${account.id}`;
  return account;
}
