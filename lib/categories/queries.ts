import "server-only";
import { SECOND_LOCALE } from "@/lib/i18n/content";
import { asc, sql } from "drizzle-orm";
import { db } from "@/db";
import { categories } from "@/db/schema";
import { withDepth } from "./tree-rules";

export type AdminCategory = {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  description: string;
  /** name and description in Chinese, "" when not translated */
  zhName: string;
  zhDescription: string;
  position: number;
  productCount: number;
  childCount: number;
  depth: number;
};

/** Every category in tree order with its depth and how many products and subcategories it holds. */
export async function listCategoriesForAdmin(): Promise<AdminCategory[]> {
  const rows = await db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      zhName: sql<string>`coalesce(${categories.translations} -> ${SECOND_LOCALE}::text ->> 'name', '')`,
      zhDescription: sql<string>`coalesce(${categories.translations} -> ${SECOND_LOCALE}::text ->> 'description', '')`,
      position: categories.position,
      productCount: sql<number>`(select count(*) from products p where p.category_id = "categories"."id")::int`,
      childCount: sql<number>`(select count(*) from categories c where c.parent_id = "categories"."id")::int`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name), asc(categories.id));
  return withDepth(rows);
}
