// Helpers for integration tests of recommendations (real PostgreSQL); not used by the app.
import { db } from "@/db";
import { brands, products, variants } from "@/db/schema";

let counter = 0;
const unique = () => `${Date.now().toString(36)}-${process.pid}-${++counter}`;

export async function createTestBrand(): Promise<number> {
  const slug = `rec-brand-${unique()}`;
  const [row] = await db.insert(brands).values({ slug, name: slug }).returning({ id: brands.id });
  return row!.id;
}

/** A product with one variant at `price` (stock 10, or 0 with `soldOut`), active unless told. */
export async function createRecProduct(
  categoryId: number,
  opts: {
    title?: string;
    price?: number;
    soldOut?: boolean;
    status?: "active" | "draft";
    brandId?: number;
    tags?: string[];
    consumable?: boolean;
  } = {},
): Promise<{ id: number; slug: string }> {
  const slug = `rec-${unique()}`;
  return db.transaction(async (tx) => {
    const [p] = await tx
      .insert(products)
      .values({
        slug,
        title: opts.title ?? `Rec ${slug}`,
        status: opts.status ?? "active",
        categoryId,
        brandId: opts.brandId ?? null,
        tags: opts.tags ?? [],
        consumable: opts.consumable ?? false,
        publishedAt: new Date(),
      })
      .returning({ id: products.id });
    await tx.insert(variants).values({ productId: p!.id, sku: `SKU-${slug}`, price: opts.price ?? 1000, stock: opts.soldOut ? 0 : 10 });
    return { id: p!.id, slug };
  });
}
