// Helpers for the products integration tests (real PostgreSQL); not used by the app.
import { db } from "@/db";
import { brands, categories, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";

let counter = 0;
export const unique = () => `${Date.now().toString(36)}${process.pid}${++counter}`;

export async function createUserWithRole(role: "admin" | "staff" | "customer"): Promise<SessionUser> {
  const email = `${role}-${unique()}@example.com`;
  const [user] = await db
    .insert(users)
    .values({ email, name: `Test ${role}`, role })
    .returning({ id: users.id });
  return { id: user!.id, email, name: `Test ${role}`, role, emailVerified: true };
}

export async function someCategoryAndBrand(): Promise<{ categoryId: string; brandId: string }> {
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  const [brand] = await db.select({ id: brands.id }).from(brands).limit(1);
  return { categoryId: String(category!.id), brandId: String(brand!.id) };
}

/** The product form's fields as the browser sends them. */
export function productForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}
