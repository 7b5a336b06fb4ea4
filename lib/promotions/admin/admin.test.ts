import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { brands, categories, flashSales, products, promotionRedemptions, promotions, variants } from "@/db/schema";
import { insertOrderAt } from "@/lib/analytics/testing";
import { createTestVariant } from "@/lib/orders/testing";
import { promotionNamesIn } from "../localized-names";
import { promotionFormValues } from "./form-values";
import { createFlashSale, savePromotion, setFlashSaleState, setPromotionState } from "./mutations";
import { getPromotion, listAutomaticPromotions, listCoupons, listFlashSales, listRedemptions } from "./queries";
import { automaticPromotionSchema, couponSchema, flashSaleSchema, promotionFormInput } from "./schema";
import { flashSaleStatus, promotionStatus } from "./status";

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${++counter}`;
const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

function coupon(fields: Record<string, string | string[]>) {
  const parsed = couponSchema("USD").safeParse(promotionFormInput(form({ type: "percent_off", amount: "10", ...fields })));
  if (!parsed.success) throw new Error(JSON.stringify(errorsOf(parsed)));
  return parsed.data;
}

describe("coupon form (schema)", () => {
  it("reads decimals as minor units and empty fields as no limit", () => {
    const data = coupon({ code: "Save5", type: "fixed_off", amount: "5.50", minSpend: "50.00", maxDiscount: "", usageLimit: "" });
    expect(data).toMatchObject({
      code: "Save5",
      name: "Save5",
      type: "fixed_off",
      amount: 550,
      minSpend: 5000,
      maxDiscount: null,
      usageLimit: null,
    });
    expect(coupon({ code: "TENOFF", stackable: "on", minTierId: "" })).toMatchObject({
      amount: 10,
      stackable: true,
      firstOrderOnly: false,
      minTierId: null,
    });
  });

  it("refuses a bad code, a percent over 100, an end before the start and a zero limit, each with its reason", () => {
    const parsed = couponSchema("USD").safeParse(
      promotionFormInput(
        form({
          code: "no spaces",
          type: "percent_off",
          amount: "150",
          startsAt: "2030-01-02T10:00",
          endsAt: "2030-01-01T10:00",
          usageLimit: "0",
        }),
      ),
    );
    expect(errorsOf(parsed)).toEqual({
      code: "Use 3 to 32 letters, digits, dashes or underscores, e.g. WELCOME10.",
      amount: "Enter the percentage as a whole number from 1 to 100, e.g. 10.",
      endsAt: "The end must be after the start.",
      usageLimit: "Enter the usage limit as a whole number of at least 1, or leave it empty.",
    });
  });
});

describe("automatic promotion form (schema)", () => {
  const parse = (fields: Record<string, string | string[]>) =>
    automaticPromotionSchema("USD").safeParse(promotionFormInput(form({ name: "Spend and save", type: "spend_save", ...fields })));

  it("reads tier rows in order, skipping empty ones", () => {
    const parsed = parse({
      "tiers.0.spend": "100",
      "tiers.0.save": "10",
      "tiers.1.spend": "200.00",
      "tiers.1.save": "30",
      "tiers.2.spend": "",
      "tiers.2.save": "",
    });
    expect(parsed.data).toMatchObject({
      code: null,
      tiers: [
        { spend: 10000, save: 1000 },
        { spend: 20000, save: 3000 },
      ],
      amount: 0,
    });
  });

  it("refuses tiers that do not increase, a save above its spend, and no tier at all", () => {
    expect(errorsOf(parse({ "tiers.0.spend": "200", "tiers.0.save": "30", "tiers.1.spend": "100", "tiers.1.save": "40" }))).toEqual({
      "tiers.1.spend": "Each tier must spend more than the one before (200).",
    });
    expect(errorsOf(parse({ "tiers.0.spend": "100", "tiers.0.save": "30", "tiers.1.spend": "200", "tiers.1.save": "20" }))).toEqual({
      "tiers.1.save": "Each tier must save more than the one before (30).",
    });
    expect(errorsOf(parse({ "tiers.0.spend": "10", "tiers.0.save": "10" }))).toEqual({
      "tiers.0.save": "Save less than the spend of this tier.",
    });
    expect(errorsOf(parse({}))).toEqual({ "tiers.0.spend": "Enter at least one tier: spend, then the amount saved." });
    expect(errorsOf(parse({ "tiers.0.spend": "abc", "tiers.0.save": "5" }))).toEqual({
      "tiers.0.spend": "Enter the spend of this tier, e.g. 100.00.",
    });
  });

  it("needs the quantities of buy X get Y and keeps them only for that type", () => {
    const p = (fields: Record<string, string>) =>
      automaticPromotionSchema("USD").safeParse(promotionFormInput(form({ name: "B2G1", ...fields })));
    expect(errorsOf(p({ type: "buy_x_get_y" }))).toEqual({
      buyQuantity: "Enter how many the shopper buys, e.g. 2.",
      getQuantity: "Enter how many they get free, e.g. 1.",
    });
    expect(p({ type: "buy_x_get_y", buyQuantity: "2", getQuantity: "1" }).data).toMatchObject({ buyQuantity: 2, getQuantity: 1 });
    expect(p({ type: "free_shipping", buyQuantity: "2", minSpend: "80" }).data).toMatchObject({ buyQuantity: null, minSpend: 8000 });
  });
});

describe("promotion mutations (real PostgreSQL)", () => {
  it("creates a coupon, refuses the same code in another case, edits and lists it", async () => {
    const code = unique("WELCOME");
    const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
    const [brand] = await db.select({ id: brands.id }).from(brands).limit(1);
    const variant = await createTestVariant({ price: 1000, stock: 5 });
    const [product] = await db.select({ slug: products.slug }).from(products).where(eq(products.id, variant.productId));
    const slug = product!.slug;
    const created = await savePromotion(
      null,
      coupon({
        code,
        minSpend: "50.00",
        perCustomerLimit: "1",
        usageLimit: "500",
        categoryIds: [String(category!.id)],
        brandIds: [String(brand!.id)],
        productSlugs: `${slug}`,
      }),
      null,
    );
    expect(created.ok).toBe(true);
    const id = (created as { id: number }).id;
    const stored = await getPromotion(id);
    expect(stored).toMatchObject({
      code,
      type: "percent_off",
      amount: 10,
      minSpend: 5000,
      usageLimit: 500,
      perCustomerLimit: 1,
      categoryIds: [category!.id],
      brandIds: [brand!.id],
      productIds: [variant.productId],
      productSlugs: [slug],
    });

    expect(await savePromotion(null, coupon({ code: code.toLowerCase() }), null)).toEqual({
      ok: false,
      error: "Please correct the highlighted fields.",
      fieldErrors: { code: `There is already a coupon with the code ${code} (codes ignore case): choose another.` },
    });
    expect(await savePromotion(null, coupon({ code: unique("X"), productSlugs: "no-such-product, another-missing" }), null)).toMatchObject({
      ok: false,
      fieldErrors: { productSlugs: "There is no product with the slug no-such-product, another-missing." },
    });

    // Edit: the same code (any case) is its own; a usage limit below the uses already counted is refused.
    expect(
      await savePromotion(id, coupon({ code: code.toLowerCase(), type: "fixed_off", amount: "7.50", usageLimit: "500" }), null),
    ).toEqual({ ok: true, id });
    expect(await getPromotion(id)).toMatchObject({
      code: code.toLowerCase(),
      type: "fixed_off",
      amount: 750,
      productIds: [],
      categoryIds: [],
    });
    await db.update(promotions).set({ usedCount: 3 }).where(eq(promotions.id, id));
    expect(await savePromotion(id, coupon({ code, usageLimit: "2" }), null)).toMatchObject({
      ok: false,
      fieldErrors: { usageLimit: "It has already been used 3 times: set the usage limit to at least 3, or leave it empty." },
    });
    expect((await listCoupons()).map((c) => c.id)).toContain(id);
    expect((await listAutomaticPromotions()).map((c) => c.id)).not.toContain(id);
    expect(await savePromotion(999_999, coupon({ code: unique("GONE") }), null)).toMatchObject({ ok: false, notFound: true });
  });

  it("pauses, resumes and ends a promotion; ending is final and the status follows", async () => {
    const created = await savePromotion(null, coupon({ code: unique("PAUSE") }), null);
    const id = (created as { id: number }).id;
    const status = async () => promotionStatus((await getPromotion(id))!, new Date());
    expect(await status()).toBe("active");
    expect(await setPromotionState(id, "pause")).toMatchObject({ ok: true });
    expect(await status()).toBe("paused");
    expect(await setPromotionState(id, "pause")).toEqual({ ok: false, error: "It is already paused." });
    expect(await setPromotionState(id, "resume")).toMatchObject({ ok: true });
    expect(await status()).toBe("active");
    expect(await setPromotionState(id, "end")).toMatchObject({ ok: true });
    expect(await status()).toBe("ended");
    expect(await setPromotionState(id, "resume")).toEqual({ ok: false, error: "It has already ended." });
    expect(await setPromotionState(999_999, "end")).toEqual({ ok: false, error: "That promotion no longer exists. Reload the page." });
  });

  it("lists a coupon's redemptions, newest first, with their order and whether they were released", async () => {
    const id = ((await savePromotion(null, coupon({ code: unique("USED") }), null)) as { id: number }).id;
    const first = await insertOrderAt({ status: "paid", paidAt: "2003-01-01T10:00:00Z", total: 4500, currency: "USD" });
    const second = await insertOrderAt({ status: "cancelled", paidAt: null, total: 9000, currency: "USD" });
    await db.insert(promotionRedemptions).values([
      { promotionId: id, orderId: first.id, email: "ann@example.com", amount: 500, createdAt: new Date("2003-01-01T10:00:00Z") },
      {
        promotionId: id,
        orderId: second.id,
        email: "bob@example.com",
        amount: 1000,
        createdAt: new Date("2003-01-02T10:00:00Z"),
        releasedAt: new Date("2003-01-02T11:00:00Z"),
      },
    ]);
    expect(await listRedemptions(id)).toEqual([
      {
        orderNumber: second.number,
        email: "bob@example.com",
        amount: 1000,
        currency: "USD",
        createdAt: new Date("2003-01-02T10:00:00Z"),
        releasedAt: new Date("2003-01-02T11:00:00Z"),
      },
      {
        orderNumber: first.number,
        email: "ann@example.com",
        amount: 500,
        currency: "USD",
        createdAt: new Date("2003-01-01T10:00:00Z"),
        releasedAt: null,
      },
    ]);
  });

  it("creates an automatic spend-save promotion", async () => {
    const parsed = automaticPromotionSchema("USD").parse(
      promotionFormInput(
        form({
          name: unique("Spend 200 "),
          type: "spend_save",
          "tiers.0.spend": "100",
          "tiers.0.save": "10",
          "tiers.1.spend": "200",
          "tiers.1.save": "30",
          priority: "5",
          stackable: "on",
          // Not live during the run: an automatic offer would reach every other test's cart.
          startsAt: "2099-01-01T00:00",
        }),
      ),
    );
    const created = await savePromotion(null, parsed, null);
    const id = (created as { id: number }).id;
    expect(await getPromotion(id)).toMatchObject({
      code: null,
      type: "spend_save",
      priority: 5,
      stackable: true,
      tiers: [
        { spend: 10000, save: 1000 },
        { spend: 20000, save: 3000 },
      ],
    });
    expect((await listAutomaticPromotions()).map((p) => p.id)).toContain(id);
  });

  it("keeps a 简体中文 name: shown for Chinese, the default name for English and when left empty", async () => {
    const save = (zhName: string) =>
      automaticPromotionSchema("USD").parse(
        promotionFormInput(form({ name: unique("Tea deal "), zhName, type: "percent_off", amount: "10", startsAt: "2099-01-01T00:00" })),
      );
    const named = (await savePromotion(null, save("  茶叶九折 "), null)) as { id: number };
    const plain = (await savePromotion(null, save(""), null)) as { id: number };
    const [withName, without] = [(await getPromotion(named.id))!, (await getPromotion(plain.id))!];
    expect(withName.translations).toEqual({ "zh-CN": { name: "茶叶九折" } });
    expect(without.translations).toEqual({});
    expect(promotionFormValues(withName, "USD").zhName).toBe("茶叶九折");
    const zh = await promotionNamesIn("zh-CN", [named.id, plain.id, null]);
    expect([zh.get(named.id), zh.get(plain.id)]).toEqual(["茶叶九折", without.name]);
    expect((await promotionNamesIn("en", [named.id])).size).toBe(0);
  });
});

describe("flash sale mutations (real PostgreSQL)", () => {
  const hour = 3_600_000;
  const input = (sku: string, over: Partial<{ salePrice: number; startsAt: Date; endsAt: Date }> = {}) => ({
    sku,
    salePrice: 990,
    quantityCap: 20,
    perCustomerLimit: 1,
    startsAt: new Date(Date.now() - hour),
    endsAt: new Date(Date.now() + hour),
    ...over,
  });
  const skuOf = async (variantId: number) => {
    const [row] = await db.select({ sku: variants.sku }).from(variants).where(eq(variants.id, variantId));
    return row!.sku;
  };

  it("refuses an unknown SKU, a price not below the variant's and an overlapping window; creates, pauses and ends", async () => {
    const v = await createTestVariant({ price: 1999, stock: 50 });
    const sku = await skuOf(v.variantId);
    expect(await createFlashSale(input("NO-SUCH-SKU"), null)).toMatchObject({
      ok: false,
      fieldErrors: { sku: "There is no variant with the SKU NO-SUCH-SKU." },
    });
    expect(await createFlashSale(input(sku, { salePrice: 1999 }), null)).toMatchObject({
      ok: false,
      fieldErrors: { salePrice: "The sale price must be below the variant's price ($19.99)." },
    });
    const created = await createFlashSale(input(sku.toLowerCase()), null);
    expect(created).toMatchObject({ ok: true, productSlug: expect.any(String) });
    const id = (created as { id: number }).id;
    const overlap = await createFlashSale(
      input(sku, { startsAt: new Date(Date.now() + hour / 2), endsAt: new Date(Date.now() + 2 * hour) }),
      null,
    );
    expect(overlap).toMatchObject({
      ok: false,
      fieldErrors: { startsAt: expect.stringContaining(`${sku} already has a flash sale from`) },
    });

    const listed = async () => (await listFlashSales()).find((f) => f.id === id)!;
    expect(await listed()).toMatchObject({ sku, price: 1999, salePrice: 990, soldCount: 0, quantityCap: 20 });
    expect(flashSaleStatus(await listed(), new Date())).toBe("active");
    expect(await setFlashSaleState(id, "pause")).toMatchObject({ ok: true, message: `Flash sale of ${sku} paused.` });
    expect(flashSaleStatus(await listed(), new Date())).toBe("paused");
    expect(await setFlashSaleState(id, "resume")).toMatchObject({ ok: true });
    expect(await setFlashSaleState(id, "end")).toMatchObject({ ok: true, message: `Flash sale of ${sku} ended.` });
    expect(flashSaleStatus(await listed(), new Date())).toBe("ended");
    expect(await setFlashSaleState(id, "end")).toEqual({ ok: false, error: "That flash sale has already ended or is already paused." });

    // Ended, the variant may go on sale again; a scheduled sale ended before its start keeps a valid window.
    const later = await createFlashSale(
      input(sku, { startsAt: new Date(Date.now() + hour), endsAt: new Date(Date.now() + 2 * hour) }),
      null,
    );
    const laterId = (later as { id: number }).id;
    expect(flashSaleStatus(await (async () => (await listFlashSales()).find((f) => f.id === laterId)!)(), new Date())).toBe("scheduled");
    expect(await setFlashSaleState(laterId, "end")).toMatchObject({ ok: true });
    const [row] = await db.select().from(flashSales).where(eq(flashSales.id, laterId));
    expect(row!.startsAt < row!.endsAt && row!.endsAt <= new Date()).toBe(true);
  });

  it("refuses a form with an end before the start, a past end, or missing numbers", () => {
    const parsed = flashSaleSchema("USD").safeParse({
      sku: "",
      salePrice: "abc",
      quantityCap: "0",
      perCustomerLimit: "",
      startsAt: "2030-01-02T10:00",
      endsAt: "2030-01-01T10:00",
    });
    expect(errorsOf(parsed)).toEqual({
      sku: "Enter the SKU of the variant on sale.",
      salePrice: "Enter the sale price as an amount, e.g. 12.50.",
      quantityCap: "Enter the quantity cap as a whole number of at least 1.",
      perCustomerLimit: "Enter the per-customer limit as a whole number.",
      endsAt: "The end must be after the start.",
    });
    expect(
      errorsOf(
        flashSaleSchema("USD").safeParse({
          sku: "A",
          salePrice: "1",
          quantityCap: "1",
          perCustomerLimit: "1",
          startsAt: "2001-01-01T00:00",
          endsAt: "2001-01-02T00:00",
        }),
      ),
    ).toEqual({
      endsAt: "The end has passed: choose an end in the future.",
    });
  });
});
