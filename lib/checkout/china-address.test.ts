import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { orders } from "@/db/schema";
import { getAddress } from "@/lib/addresses/queries";
import { checkoutInput, createTestCart, createTestUser, createTestVariant } from "@/lib/orders/testing";
import { placeOrder } from "./mutations";
import { checkoutSchema } from "./schema";

// The checkout form as a browser sends it for China: region codes, a spaced mobile number, no postal code.
const form = {
  email: "zhang@example.com",
  shippingMethod: "standard",
  checkoutKey: crypto.randomUUID(),
  fullName: "张三",
  line1: "科技园路 1 号",
  country: "CN",
  province: "44",
  city: "4403",
  district: "440305",
  postalCode: "",
  phone: "+86 138 0013 8000",
  saveAddress: "on",
};

const snapshot = {
  shipName: "张三",
  shipLine1: "科技园路 1 号",
  shipProvince: "广东省",
  shipCity: "深圳市",
  shipDistrict: "南山区",
  shipRegionCode: "440305",
  shipPostalCode: "",
  shipCountry: "CN",
  shipPhone: "13800138000",
};

describe("checkout with a Chinese address (real PostgreSQL)", () => {
  it("keeps the structured address on the order and in the address book, and reuses the saved one", async () => {
    const userId = await createTestUser();
    const { variantId } = await createTestVariant({ price: 100, stock: 10 });
    const input = checkoutSchema.parse(form);
    const placed = await placeOrder(input, { cartId: await createTestCart([{ variantId, quantity: 1 }], userId), userId });
    expect(placed.ok).toBe(true);
    const [order] = await db
      .select()
      .from(orders)
      .where(eq(orders.id, placed.ok ? placed.order.id : ""));
    expect(order).toMatchObject(snapshot);

    const [saved] = await db.query.addresses.findMany({ where: (a, { eq }) => eq(a.userId, userId) });
    expect(await getAddress(userId, saved!.id)).toMatchObject({
      province: "广东省",
      city: "深圳市",
      district: "南山区",
      regionCode: "440305",
      phone: "13800138000",
    });

    const again = await placeOrder(checkoutInput({ address: { savedAddressId: saved!.id } }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }]),
      userId,
    });
    const [second] = await db
      .select()
      .from(orders)
      .where(eq(orders.id, again.ok ? again.order.id : ""));
    expect(second).toMatchObject(snapshot);
  });

  it("refuses a district of another city, naming the field", () => {
    const parsed = checkoutSchema.safeParse({ ...form, district: "110105" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["district", "regionMismatch"]]);
  });
});
