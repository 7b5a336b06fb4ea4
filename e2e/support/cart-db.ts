import postgres from "postgres";

let sql: postgres.Sql | undefined;
const db = () => (sql ??= postgres(process.env.E2E_DATABASE_URL!, { max: 2, onnotice: () => {} }));

/** Sets the stock of every variant of a product (by slug), or of the one whose options include `where`. */
export async function setStock(slug: string, stock: number, where: Record<string, string> = {}): Promise<void> {
  await db()`
    update variants v set stock = ${stock}
    from products p
    where p.id = v.product_id and p.slug = ${slug} and v.option_values @> ${db().json(where)}`;
}
