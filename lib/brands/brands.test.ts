import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { products } from "@/db/schema";
import { createTestVariant } from "@/lib/orders/testing";
import { createBrand, deleteBrand, updateBrand } from "./mutations";
import { getBrandForAdmin } from "./queries";
import { brandInputSchema } from "./schema";

const input = (name: string, slug = "") => brandInputSchema.parse({ name, slug });

describe("brands (real PostgreSQL)", () => {
  it("creates, renames, refuses a taken slug; deleting keeps the products without a brand", async () => {
    const name = `Acme ${Date.now()}`;
    const created = await createBrand(input(name));
    if (!created.ok) throw new Error(created.error);
    expect(await createBrand(input("Other", (await getBrandForAdmin(created.id))!.slug))).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.stringContaining("already uses") },
    });
    const { productId } = await createTestVariant({ price: 100, stock: 1 });
    await db.update(products).set({ brandId: created.id }).where(eq(products.id, productId));

    const renamed = await updateBrand(created.id, input(`${name} Renamed`));
    expect(renamed).toMatchObject({ ok: true, slugs: [expect.any(String)] });
    expect(await getBrandForAdmin(created.id)).toMatchObject({ name: `${name} Renamed`, productCount: 1 });
    const [p] = await db.select({ searchText: products.searchText }).from(products).where(eq(products.id, productId));
    expect(p!.searchText).toContain("renamed");

    expect(await deleteBrand(created.id)).toMatchObject({ ok: true });
    const [after] = await db.select({ brandId: products.brandId }).from(products).where(eq(products.id, productId));
    expect(after).toEqual({ brandId: null });
  });
});
