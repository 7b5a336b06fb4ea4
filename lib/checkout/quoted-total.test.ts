import { describe, expect, it } from "vitest";
import { checkoutInput, createTestCart, createTestVariant } from "@/lib/orders/testing";
import { createTestFlashSale } from "@/lib/promotions/testing";
import { placeOrder } from "./mutations";

describe("placeOrder and the total the shopper was shown (real PostgreSQL)", () => {
  it("refuses a higher total than the page showed (the flash sale sold out meanwhile) and changes nothing", async () => {
    // 40.00, or 10.00 at the flash price; Standard shipping 4.99 below 50.00.
    const { variantId } = await createTestVariant({ price: 4000, stock: 10 });
    await createTestFlashSale({ variantId, salePrice: 1000, quantityCap: 1 });
    const shown = 1000 + 499;
    const first = await placeOrder(checkoutInput({ quotedTotal: shown }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }]),
      userId: null,
    });
    expect(first.ok && first.order.total).toBe(shown);

    // Another shopper saw the same flash price, but the one unit is gone.
    const cartId = await createTestCart([{ variantId, quantity: 1 }]);
    const late = await placeOrder(checkoutInput({ quotedTotal: shown }), { cartId, userId: null });
    expect(late).toEqual({
      ok: false,
      error:
        "Your total is now $44.99, not $14.99: an offer ended or sold out while you were checking out. Check the new total below and place the order again.",
    });
    // Seen and accepted: the regular price.
    const again = await placeOrder(checkoutInput({ quotedTotal: 4000 + 499 }), { cartId, userId: null });
    expect(again.ok && again.order.total).toBe(4499);
  });

  it("places the order when the total came out lower than shown", async () => {
    const { variantId } = await createTestVariant({ price: 2000, stock: 5 });
    const result = await placeOrder(checkoutInput({ quotedTotal: 9999 }), {
      cartId: await createTestCart([{ variantId, quantity: 1 }]),
      userId: null,
    });
    expect(result.ok && result.order.total).toBe(2000 + 499);
  });
});
