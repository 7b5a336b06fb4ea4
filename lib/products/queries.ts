import "server-only";
import { and, asc, count, desc, eq, exists, ilike, or, type SQL, sql } from "drizzle-orm";
import { db } from "@/db";
import { brands, categories, productImages, products, storeSettings, variants } from "@/db/schema";
import { buildCategoryTree } from "@/lib/catalog/category-tree";
import type { CategoryNode } from "@/lib/catalog/types";
import { containsPattern } from "@/lib/text";
import { ADMIN_PAGE_SIZE, type AdminProductParams, type ProductStatus } from "./list-params";
import type { AdminProductRow, Choice, ProductForEdit } from "./types";

// Back-office reads: always from the database, never from the shop's caches.

const lowThreshold = sql`coalesce(${variants.lowStockThreshold}, (select ${storeSettings.lowStockThreshold} from ${storeSettings} where ${storeSettings.id} = 1), 5)`;

function filters(p: AdminProductParams): SQL | undefined {
  const conds: (SQL | undefined)[] = [];
  if (p.q) {
    const like = containsPattern(p.q);
    conds.push(
      or(
        ilike(products.title, like),
        exists(
          db
            .select({ one: sql`1` })
            .from(variants)
            .where(and(eq(variants.productId, products.id), ilike(variants.sku, like))),
        ),
      ),
    );
  }
  if (p.status) conds.push(eq(products.status, p.status));
  if (p.categoryId) conds.push(eq(products.categoryId, p.categoryId));
  if (p.brandId) conds.push(eq(products.brandId, p.brandId));
  if (p.stock === "out") conds.push(eq(products.inStock, false));
  if (p.stock === "in") conds.push(eq(products.inStock, true));
  if (p.stock === "low") {
    conds.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(variants)
          .where(and(eq(variants.productId, products.id), sql`${variants.stock} > 0 and ${variants.stock} <= ${lowThreshold}`)),
      ),
    );
  }
  return and(...conds);
}

/** A page of products for the back office, newest first, with the total that match. */
export async function listAdminProducts(p: AdminProductParams): Promise<{ rows: AdminProductRow[]; total: number; pageCount: number }> {
  const where = filters(p);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(products).where(where);
  const rows = await db
    .select({
      id: products.id,
      title: products.title,
      slug: products.slug,
      status: products.status,
      currency: products.currency,
      priceMin: products.priceMin,
      priceMax: products.priceMax,
      category: categories.name,
      brand: brands.name,
      stock: sql<number>`(select coalesce(sum(${variants.stock}), 0)::int from ${variants} where ${variants.productId} = ${products.id})`,
      variantCount: sql<number>`(select count(*)::int from ${variants} where ${variants.productId} = ${products.id})`,
      skus: sql<
        string[]
      >`(select coalesce(array_agg(${variants.sku} order by ${variants.position}, ${variants.id}), '{}') from ${variants} where ${variants.productId} = ${products.id})`,
      image: sql<
        string | null
      >`(select ${productImages.url} from ${productImages} where ${productImages.productId} = ${products.id} order by ${productImages.position}, ${productImages.id} limit 1)`,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .leftJoin(brands, eq(brands.id, products.brandId))
    .where(where)
    .orderBy(desc(products.updatedAt), desc(products.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((p.page - 1) * ADMIN_PAGE_SIZE);
  return {
    rows: rows.map((r) => ({ ...r, status: r.status as ProductStatus })),
    total,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
  };
}

/** Everything the product form shows, or null. */
export async function getProductForEdit(id: number): Promise<ProductForEdit | null> {
  const row = await db.query.products.findFirst({
    where: eq(products.id, id),
    with: {
      variants: { orderBy: (v, { asc }) => [asc(v.position), asc(v.id)] },
      images: { orderBy: (i, { asc }) => [asc(i.position), asc(i.id)] },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    version: row.updatedAt.getTime(),
    title: row.title,
    slug: row.slug,
    description: row.description,
    status: row.status,
    categoryId: row.categoryId,
    brandId: row.brandId,
    currency: row.currency,
    tags: row.tags,
    consumable: row.consumable,
    options: row.options,
    specs: row.specs,
    translations: row.translations,
    variants: row.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      optionValues: v.optionValues,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      stock: v.stock,
      preorderShipsOn: v.preorderShipsOn,
      preorderCap: v.preorderCap,
      preorderBacklog: v.preorderBacklog,
    })),
    images: row.images.map((i) => ({ id: i.id, url: i.url, alt: i.alt, width: i.width, height: i.height })),
  };
}

/** Categories in tree order, sub-categories indented by depth. */
export async function listCategoryChoices(): Promise<Choice[]> {
  const rows = await db
    .select({
      id: categories.id,
      parentId: categories.parentId,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      imageUrl: categories.imageUrl,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
  const out: Choice[] = [];
  const walk = (nodes: CategoryNode[], depth: number) => {
    for (const n of nodes) {
      out.push({ id: n.id, name: `${"— ".repeat(depth)}${n.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(buildCategoryTree(rows), 0);
  return out;
}

export async function listBrandChoices(): Promise<Choice[]> {
  return db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(brands.name));
}
