import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, readDb } from "@/db";
import { PRODUCTS } from "@/db/seed/catalog-data";
import { createTestDatabase, type TestDatabase } from "@/db/testing";
import { listNewest } from "@/lib/rankings/queries";
import { listProducts } from "./listing";
import { parseListingParams } from "./listing-params";
import { getCategoryTree, getProductBySlug } from "./queries";
import { suggest } from "./suggest";

// A second database stands for the replica: seeded like the primary, then one product is renamed there
// only, so every read tells which database answered it.
const product = PRODUCTS[0]!;
const REPLICA_TITLE = `${product.title} Replicaonly`;
let replica: TestDatabase;
let replicaSql: postgres.Sql;

const params = () => parseListingParams({}, { currency: "USD", defaultSort: "relevance" }).params;
const nameOf = (url: string) => new URL(url).pathname.slice(1);
const currentDatabase = async (client: typeof db) =>
  ((await client.execute(sql`select current_database() as name`)) as unknown as { name: string }[])[0]!.name;

describe("catalog reads with DATABASE_READ_URL (real PostgreSQL)", () => {
  beforeAll(async () => {
    replica = await createTestDatabase("replica");
    replicaSql = postgres(replica.url, { max: 1, onnotice: () => {} });
    await replicaSql`update products set title = ${REPLICA_TITLE}, published_at = now() where slug = ${product.slug}`;
    await closeDb();
    process.env.DATABASE_READ_URL = replica.url;
  });

  afterAll(async () => {
    delete process.env.DATABASE_READ_URL;
    await closeDb();
    await replicaSql?.end();
    await replica?.drop();
  });

  it("product pages, listings, search, suggestions and rankings read the replica; `db` stays on the primary", async () => {
    const tree = await getCategoryTree();
    expect((await getProductBySlug(product.slug, tree))?.title).toBe(REPLICA_TITLE);

    const found = await listProducts({ q: "Replicaonly" }, params());
    expect(found.items.map((p) => p.slug)).toEqual([product.slug]);
    expect((await suggest("Replicaonly", tree)).map((s) => s.title)).toContain(REPLICA_TITLE);
    expect((await listNewest(null, 1))[0]?.product.title).toBe(REPLICA_TITLE);

    const [primaryRow] = (await db.execute(sql`select title from products where slug = ${product.slug}`)) as unknown as { title: string }[];
    expect(primaryRow?.title).toBe(product.title);
    expect(await currentDatabase(readDb)).toBe(nameOf(replica.url));
    expect(await currentDatabase(db)).not.toBe(nameOf(replica.url));
  });

  it("the replica's connections are the read pool's, named mercato-read in pg_stat_activity", async () => {
    await getProductBySlug(product.slug, await getCategoryTree());
    const rows = await replicaSql<{ app: string; n: number }[]>`
      select application_name as app, count(*)::int as n from pg_stat_activity
      where datname = ${nameOf(replica.url)} and pid <> pg_backend_pid() group by 1`;
    expect(rows).toEqual([{ app: "mercato-read", n: expect.any(Number) }]);
  });

  it("without DATABASE_READ_URL, catalog reads share the primary's pool", async () => {
    delete process.env.DATABASE_READ_URL;
    await closeDb();
    try {
      expect((await getProductBySlug(product.slug, await getCategoryTree()))?.title).toBe(product.title);
      expect(await currentDatabase(readDb)).toBe(await currentDatabase(db));
    } finally {
      await closeDb();
      process.env.DATABASE_READ_URL = replica.url;
    }
  });
});
