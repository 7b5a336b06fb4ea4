import { z } from "zod";

const quantity = (min: number) =>
  z.coerce
    .number({ error: "Enter a quantity." })
    .int("Enter a whole number.")
    .min(min, min === 0 ? "Enter 0 or more." : "Enter a quantity of at least 1.")
    .max(9999, "Enter a smaller quantity.");

const id = z.coerce.number({ error: "Unknown item." }).int().positive().max(2_147_483_647);

export const addToCartSchema = z.object({ variantId: id, quantity: quantity(1) });
export const updateQuantitySchema = z.object({ lineId: id, quantity: quantity(0) });
export const removeLineSchema = z.object({ lineId: id });

export type AddToCartInput = z.infer<typeof addToCartSchema>;
export type UpdateQuantityInput = z.infer<typeof updateQuantitySchema>;

export const applyCouponSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter a coupon code.")
    .max(40, "That is too long for a coupon code.")
    .regex(/^[\p{L}\p{N}_-]+$/u, "A coupon code has only letters, digits, - and _."),
});
export const removeCouponSchema = z.object({});
