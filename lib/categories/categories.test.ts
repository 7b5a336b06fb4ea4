import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { categories, products } from "@/db/schema";
import { createTestVariant } from "@/lib/orders/testing";
import { createCategory, deleteCategory, updateCategory } from "./mutations";
import { listCategoriesForAdmin } from "./queries";
import { categoryInputSchema } from "./schema";

let n = 0;
const input = (overrides: Record<string, string> = {}) => categoryInputSchema.parse({ name: `Cat ${Date.now()}${++n}`, ...overrides });

async function made(overrides: Record<string, string> = {}) {
  const result = await createCategory(input(overrides));
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("categories (real PostgreSQL)", () => {
  it("creates under a parent, lists as a tree, refuses a taken slug with a message", async () => {
    const parent = await made();
    const child = await made({ parentId: String(parent.id), position: "2" });
    const tree = await listCategoriesForAdmin();
    const i = tree.findIndex((c) => c.id === parent.id);
    expect(tree[i]).toMatchObject({ depth: 0, childCount: 1, productCount: 0 });
    expect(tree[i + 1]).toMatchObject({ id: child.id, depth: 1, position: 2 });
    expect(await createCategory(input({ slug: child.slug }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringContaining("already uses") },
    });
  });

  it("refuses to move a category under itself or below it", async () => {
    const a = await made();
    const b = await made({ parentId: String(a.id) });
    const moveUnderChild = await updateCategory(a.id, input({ name: "A", slug: a.slug, parentId: String(b.id) }));
    expect(moveUnderChild).toMatchObject({ ok: false, fieldErrors: { parentId: expect.stringContaining("under itself") } });
    const [row] = await db.select().from(categories).where(eq(categories.id, a.id));
    expect(row!.parentId).toBeNull();
  });

  it("refuses to delete a category with products or subcategories, deletes an empty one", async () => {
    const parent = await made();
    const child = await made({ parentId: String(parent.id) });
    expect(await deleteCategory(parent.id)).toMatchObject({ ok: false, error: expect.stringContaining("1 subcategory") });
    const { productId } = await createTestVariant({ price: 100, stock: 1 });
    const [withProduct] = await db.select({ id: products.categoryId }).from(products).where(eq(products.id, productId));
    expect(await deleteCategory(withProduct!.id)).toMatchObject({ ok: false, error: expect.stringMatching(/product/) });
    expect(await deleteCategory(child.id)).toMatchObject({ ok: true });
    expect(await deleteCategory(parent.id)).toMatchObject({ ok: true });
    expect(await db.select().from(categories).where(eq(categories.id, parent.id))).toEqual([]);
  });
});
