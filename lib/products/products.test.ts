import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { inventoryMovements, orderLines, productSlugRedirects, products, variants } from "@/db/schema";
import { placeOrder } from "@/lib/checkout/mutations";
import { checkoutInput, createTestCart } from "@/lib/orders/testing";
import { nestedFormValues } from "./form-data";
import { saveProduct } from "./mutations";
import { parseAdminProductParams } from "./list-params";
import { getProductForEdit, listAdminProducts } from "./queries";
import { productFormSchema, type ProductFormInput } from "./schema";
import { findSlugRedirect } from "./slug-redirects";
import { createUserWithRole, someCategoryAndBrand, unique } from "./testing";

async function input(overrides: Record<string, string> = {}, variantsFields?: Record<string, string>): Promise<ProductFormInput> {
  const { categoryId, brandId } = await someCategoryAndBrand();
  const id = unique();
  const fields: Record<string, string> = {
    title: `Linen shirt ${id}`,
    slug: `linen-shirt-${id}`,
    description: "Breathable.",
    categoryId,
    brandId,
    status: "active",
    tags: "linen, summer",
    "options.0.name": "Size",
    "options.0.values": "S, M",
    "specs.0.name": "Material",
    "specs.0.value": "Linen",
    ...(variantsFields ?? {
      "variants.0.optionValues": JSON.stringify({ Size: "S" }),
      "variants.0.sku": `LS-${id}-S`,
      "variants.0.price": "12.50",
      "variants.0.compareAtPrice": "20",
      "variants.0.stock": "4",
      "variants.1.optionValues": JSON.stringify({ Size: "M" }),
      "variants.1.sku": `LS-${id}-M`,
      "variants.1.price": "14",
      "variants.1.stock": "0",
    }),
    ...overrides,
  };
  const parsed = productFormSchema("USD").safeParse(nestedFormValues(Object.entries(fields)));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function created(data?: ProductFormInput) {
  const staff = await createUserWithRole("staff");
  const result = await saveProduct(data ?? (await input()), staff);
  if (!result.ok) throw new Error(result.error + JSON.stringify(result.fieldErrors));
  const product = (await getProductForEdit(result.productId))!;
  return { staff, result, product };
}

/** The form's input for an existing product, as it would come back from its page. */
function editOf(product: NonNullable<Awaited<ReturnType<typeof getProductForEdit>>>, base: ProductFormInput): ProductFormInput {
  return {
    ...base,
    id: product.id,
    slug: product.slug,
    title: product.title,
    variants: product.variants.map((v) => ({
      id: v.id,
      optionValues: v.optionValues,
      sku: v.sku,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      stock: v.stock,
      preorderShipsOn: v.preorderShipsOn,
      preorderCap: v.preorderCap,
      loadedStock: v.stock,
    })),
    images: [],
  };
}

describe("creating a product (real PostgreSQL)", () => {
  it("writes the product, its variants in cents and their opening stock, and the summary the shop lists by", async () => {
    const { staff, product } = await created();
    expect(product).toMatchObject({
      status: "active",
      options: [{ name: "Size", values: ["S", "M"] }],
      specs: [{ name: "Material", value: "Linen" }],
      tags: ["linen", "summer"],
    });
    expect(product.variants.map((v) => [v.optionValues, v.price, v.compareAtPrice, v.stock])).toEqual([
      [{ Size: "S" }, 1250, 2000, 4],
      [{ Size: "M" }, 1400, null, 0],
    ]);
    const [row] = await db.select().from(products).where(eq(products.id, product.id));
    expect(row).toMatchObject({ priceMin: 1250, priceMax: 1400, inStock: true, optionTags: ["Size:M", "Size:S"] });
    expect(row!.publishedAt).toBeInstanceOf(Date);
    const ledger = await db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, product.variants[0]!.id));
    expect(ledger).toMatchObject([{ delta: 4, reason: "initial", actorId: staff.id }]);
  });

  it("leaves a draft unpublished and out of the admin's 'active' filter", async () => {
    const { product } = await created(await input({ status: "draft" }));
    const [row] = await db.select({ publishedAt: products.publishedAt }).from(products).where(eq(products.id, product.id));
    expect(row!.publishedAt).toBeNull();
    const active = await listAdminProducts(parseAdminProductParams({ q: product.title, status: "active" }));
    expect(active.total).toBe(0);
    const drafts = await listAdminProducts(parseAdminProductParams({ q: product.variants[0]!.sku, status: "draft" }));
    expect(drafts.rows.map((r) => r.id)).toEqual([product.id]);
  });
});

describe("editing a product", () => {
  it("marks a product bought again regularly (consumable) when ticked, and unmarks it when not", async () => {
    const { staff, product } = await created(await input({ consumable: "on" }));
    expect(product.consumable).toBe(true);
    expect((await saveProduct(editOf(product, await input()), staff)).ok).toBe(true);
    expect((await getProductForEdit(product.id))!.consumable).toBe(false);
  });

  it("changes price and stock; the stock change is a correction by the staff member", async () => {
    const { staff, product, result } = await created();
    const base = await input();
    const edit = editOf(product, base);
    edit.variants[0] = { ...edit.variants[0]!, price: 1100, compareAtPrice: null, stock: 9 };
    const saved = await saveProduct(edit, staff);
    expect(saved).toMatchObject({ ok: true, productId: result.productId, previousSlug: null });
    const after = (await getProductForEdit(product.id))!;
    expect(after.variants[0]).toMatchObject({ id: product.variants[0]!.id, price: 1100, compareAtPrice: null, stock: 9 });
    const ledger = await db
      .select()
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, product.variants[0]!.id))
      .orderBy(inventoryMovements.id);
    expect(ledger.map((m) => [m.delta, m.reason, m.actorId])).toEqual([
      [4, "initial", staff.id],
      [5, "correction", staff.id],
    ]);
  });

  it("a price edit keeps what orders took from stock meanwhile; a stock edit over a moved stock is refused", async () => {
    const { staff, product } = await created();
    const edit = editOf(product, await input());
    const first = product.variants[0]!;
    // An order takes one unit after the form was opened (stock 4 → 3).
    await db
      .update(variants)
      .set({ stock: sql`${variants.stock} - 1` })
      .where(eq(variants.id, first.id));
    edit.variants[0] = { ...edit.variants[0]!, price: 1300 };
    expect((await saveProduct(edit, staff)).ok).toBe(true);
    const [after] = await db.select({ stock: variants.stock, price: variants.price }).from(variants).where(eq(variants.id, first.id));
    expect(after).toEqual({ stock: 3, price: 1300 });
    // The merchant types 10 over the stale 4: refused, nothing changes.
    edit.variants[0] = { ...edit.variants[0]!, stock: 10, price: 1400 };
    const refused = await saveProduct(edit, staff);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toContain("changed to 3 since this page was opened");
    const [still] = await db.select({ stock: variants.stock, price: variants.price }).from(variants).where(eq(variants.id, first.id));
    expect(still).toEqual({ stock: 3, price: 1300 });
  });

  it("removes a variant left out of the form and adds a new one with initial stock", async () => {
    const { staff, product } = await created();
    const edit = editOf(product, await input());
    edit.options = [{ name: "Size", values: ["M", "L"] }];
    edit.variants = [
      edit.variants[1]!,
      {
        id: null,
        optionValues: { Size: "L" },
        sku: `L-${unique()}`,
        price: 1500,
        compareAtPrice: null,
        stock: 2,
        preorderShipsOn: null,
        preorderCap: null,
        loadedStock: null,
      },
    ];
    expect((await saveProduct(edit, staff)).ok).toBe(true);
    const after = (await getProductForEdit(product.id))!;
    expect(after.variants.map((v) => v.optionValues.Size)).toEqual(["M", "L"]);
    expect(after.variants[0]!.id).toBe(product.variants[1]!.id);
    const [added] = await db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, after.variants[1]!.id));
    expect(added).toMatchObject({ reason: "initial", delta: 2, actorId: staff.id });
  });

  it("refuses a SKU another product uses, and writes nothing", async () => {
    const { product: other } = await created();
    const { staff, product } = await created();
    const edit = editOf(product, await input());
    edit.title = "Renamed while clashing";
    edit.variants[1] = { ...edit.variants[1]!, sku: other.variants[0]!.sku, stock: 50 };
    const result = await saveProduct(edit, staff);
    expect(result).toMatchObject({ ok: false, fieldErrors: { "variants.1.sku": expect.stringContaining("already used") } });
    expect(await getProductForEdit(product.id)).toMatchObject({ title: product.title, variants: product.variants });

    const fresh = await input();
    fresh.variants[0] = { ...fresh.variants[0]!, sku: other.variants[1]!.sku };
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(products);
    expect(await saveProduct(fresh, staff)).toMatchObject({ ok: false });
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(products)).toEqual(before);
  });

  it("refuses a slug another product uses", async () => {
    const { product: other } = await created();
    const { staff, product } = await created();
    const edit = { ...editOf(product, await input()), slug: other.slug };
    expect(await saveProduct(edit, staff)).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining("already uses") } });
  });

  it("a slug change keeps the old slug as a redirect, and taking it back removes that redirect", async () => {
    const { staff, product } = await created();
    const oldSlug = product.slug;
    const newSlug = `${oldSlug}-v2`;
    const result = await saveProduct({ ...editOf(product, await input()), slug: newSlug }, staff);
    expect(result).toMatchObject({ ok: true, slug: newSlug, previousSlug: oldSlug });
    expect(await findSlugRedirect(oldSlug)).toBe(newSlug);
    expect(await findSlugRedirect(newSlug)).toBeNull();

    const back = (await getProductForEdit(product.id))!;
    expect(await saveProduct({ ...editOf(back, await input()), slug: oldSlug }, staff)).toMatchObject({ ok: true, previousSlug: newSlug });
    expect(await findSlugRedirect(newSlug)).toBe(oldSlug);
    // Not to a draft or archived product: its new address is not told.
    await db.update(products).set({ status: "draft" }).where(eq(products.id, product.id));
    expect(await findSlugRedirect(newSlug)).toBeNull();
    await db.update(products).set({ status: "active" }).where(eq(products.id, product.id));
    const rows = await db
      .select()
      .from(productSlugRedirects)
      .where(and(eq(productSlugRedirects.productId, product.id), eq(productSlugRedirects.slug, oldSlug)));
    expect(rows).toEqual([]);
  });
});

describe("who may save", () => {
  it("refuses shoppers and nobody at the mutation, writing nothing", async () => {
    const shopper = await createUserWithRole("customer");
    const data = await input();
    expect(await saveProduct(data, shopper)).toMatchObject({ ok: false, error: expect.stringContaining("access") });
    expect(await saveProduct(data, null)).toMatchObject({ ok: false });
    expect(await db.select().from(products).where(eq(products.slug, data.slug))).toEqual([]);
    expect(await db.select().from(variants).where(eq(variants.sku, data.variants[0]!.sku))).toEqual([]);
  });
});

describe("pictures", () => {
  it("keeps the listed ones in the listed order with their alt text, drops the others, adds new ones after", async () => {
    const staff = await createUserWithRole("staff");
    const first = await saveProduct(await input(), staff, [
      { url: "/media/products/a.webp", width: 10, height: 10 },
      { url: "/media/products/b.webp", width: 20, height: 20 },
      { url: "/media/products/c.webp", width: 30, height: 30 },
    ]);
    if (!first.ok) throw new Error(first.error);
    const product = (await getProductForEdit(first.productId))!;
    const [a, b, c] = product.images;
    expect(product.images.map((i) => i.alt)).toEqual([product.title, product.title, product.title]);
    const edit = {
      ...editOf(product, await input()),
      images: [
        { id: c!.id, alt: "Back" },
        { id: a!.id, alt: "Front" },
        { id: 999_999, alt: "not ours" },
      ],
    };
    expect((await saveProduct(edit, staff, [{ url: "/media/products/d.webp", width: 40, height: 40 }])).ok).toBe(true);
    const after = (await getProductForEdit(product.id))!;
    expect(after.images.map((i) => [i.url, i.alt])).toEqual([
      ["/media/products/c.webp", "Back"],
      ["/media/products/a.webp", "Front"],
      ["/media/products/d.webp", product.title],
    ]);
    expect(after.images.some((i) => i.id === b!.id)).toBe(false);
  });
});

describe("variants that were sold", () => {
  it("can be removed: the order line keeps its copy of what was sold, without the variant", async () => {
    const { staff, product } = await created();
    const sold = product.variants[0]!;
    const cartId = await createTestCart([{ variantId: sold.id, quantity: 1 }]);
    const order = await placeOrder(checkoutInput(), { cartId, userId: null });
    if (!order.ok) throw new Error(order.error);
    const edit = editOf(product, await input());
    edit.options = [{ name: "Size", values: ["M"] }];
    edit.variants = [edit.variants[1]!];
    expect((await saveProduct(edit, staff)).ok).toBe(true);
    const [line] = await db.select().from(orderLines).where(eq(orderLines.orderId, order.order.id));
    expect(line).toMatchObject({ variantId: null, sku: sold.sku, productId: product.id });
  });
});

describe("the back-office list's stock filter", () => {
  it("tells in stock, low (at or under the threshold) and out of stock apart", async () => {
    const word = unique();
    const stocked = (sku: string, stock: string) => ({
      "variants.0.optionValues": "{}",
      "variants.0.sku": `${sku}-${word}`,
      "variants.0.price": "5",
      "variants.0.stock": stock,
    });
    const noOptions = { "options.0.name": "", "options.0.values": "" };
    const make = async (name: string, stock: string) =>
      (await created(await input({ ...noOptions, title: `Filter ${name} ${word}` }, stocked(name, stock)))).product.id;
    const plenty = await make("plenty", "50");
    const few = await make("few", "2");
    const none = await make("none", "0");
    const ids = async (stock: string) =>
      (await listAdminProducts(parseAdminProductParams({ q: `Filter`, stock }))).rows
        .map((r) => r.id)
        .filter((id) => [plenty, few, none].includes(id))
        .sort();
    expect(await ids("in")).toEqual([plenty, few].sort());
    expect(await ids("low")).toEqual([few]);
    expect(await ids("out")).toEqual([none]);
  });
});
