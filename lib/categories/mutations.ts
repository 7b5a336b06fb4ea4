import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Tx } from "@/db";
import { categories, products } from "@/db/schema";
import { isUniqueViolation } from "@/lib/db-errors";
import type { CategoryInput } from "./schema";
import { canMoveUnder } from "./tree-rules";

export type CategoryResult = { ok: true; id: number; slug: string } | { ok: false; error: string; fieldErrors?: Record<string, string> };

const slugTaken = (slug: string): CategoryResult => ({
  ok: false,
  error: "Please correct the highlighted fields.",
  fieldErrors: { slug: `Another category already uses the slug "${slug}". Choose another one.` },
});

/** Locks the whole (small) tree so two moves cannot together make a loop; returns it. */
async function lockTree(tx: Tx) {
  return tx
    .select({ id: categories.id, parentId: categories.parentId, slug: categories.slug })
    .from(categories)
    .orderBy(asc(categories.id))
    .for("update");
}

async function checkParent(tx: Tx, id: number | null, parentId: number | null): Promise<CategoryResult | null> {
  const tree = await lockTree(tx);
  if (parentId !== null && !tree.some((c) => c.id === parentId)) {
    return {
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { parentId: "That parent category no longer exists. Choose another." },
    };
  }
  if (id !== null && !canMoveUnder(tree, id, parentId)) {
    return {
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { parentId: "A category cannot be placed under itself or one of its subcategories. Choose another parent." },
    };
  }
  return null;
}

export async function createCategory(input: CategoryInput): Promise<CategoryResult> {
  try {
    return await db.transaction(async (tx) => {
      const refused = await checkParent(tx, null, input.parentId);
      if (refused) return refused;
      const [row] = await tx.insert(categories).values(input).returning({ id: categories.id, slug: categories.slug });
      return { ok: true as const, ...row! };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken(input.slug);
    throw e;
  }
}

/** Saves the form; `previousSlug` is returned so the caller can refresh the old category page too. */
export async function updateCategory(id: number, input: CategoryInput): Promise<CategoryResult & { previousSlug?: string }> {
  try {
    return await db.transaction(async (tx) => {
      const refused = await checkParent(tx, id, input.parentId);
      if (refused) return refused;
      const [before] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, id));
      if (!before) return { ok: false as const, error: "This category no longer exists." };
      await tx.update(categories).set(input).where(eq(categories.id, id));
      return { ok: true as const, id, slug: input.slug, previousSlug: before.slug };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken(input.slug);
    throw e;
  }
}

/** Deletes a category that holds no products and no subcategories; otherwise says what to move first. */
export async function deleteCategory(id: number): Promise<CategoryResult> {
  return db.transaction(async (tx) => {
    // The row lock makes new products and subcategories wait (their foreign key needs a share lock on it).
    const [row] = await tx
      .select({ slug: categories.slug, name: categories.name })
      .from(categories)
      .where(eq(categories.id, id))
      .for("update");
    if (!row) return { ok: false as const, error: "This category no longer exists." };
    const [productCount, children] = await Promise.all([
      tx.$count(products, eq(products.categoryId, id)),
      tx.$count(categories, eq(categories.parentId, id)),
    ]);
    if (productCount || children) {
      const what = [
        productCount ? `${productCount} product${productCount > 1 ? "s" : ""}` : "",
        children ? `${children} subcategor${children > 1 ? "ies" : "y"}` : "",
      ]
        .filter(Boolean)
        .join(" and ");
      return {
        ok: false as const,
        error: `"${row.name}" still has ${what}. Move ${productCount + children > 1 ? "them" : "it"} to another category first, then delete it.`,
      };
    }
    await tx.delete(categories).where(eq(categories.id, id));
    return { ok: true as const, id, slug: row.slug };
  });
}
