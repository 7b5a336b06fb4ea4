import { testDb } from "./db";

let counter = 0;

/** A fresh active product with one in-stock variant, so a test can change it without disturbing others. */
export async function createTestProduct(title: string): Promise<{ id: number; slug: string }> {
  const db = testDb();
  const slug = `fresh-${Date.now().toString(36)}-${process.pid}-${++counter}`;
  return db.begin(async (tx) => {
    const [product] = await tx<{ id: number }[]>`
      insert into products (slug, title, description, status, category_id, published_at)
      select ${slug}, ${title}, 'A product made by a test.', 'active', id, now() from categories order by id limit 1
      returning id`;
    await tx`insert into variants (product_id, sku, price, stock) values (${product!.id}, ${`SKU-${slug}`}, 1500, 10)`;
    return { id: product!.id, slug };
  });
}
