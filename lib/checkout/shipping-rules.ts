import type { ShippingMethodRow } from "@/db/schema";

export type ShippingMethod = Pick<ShippingMethodRow, "code" | "name" | "description" | "price" | "freeOver" | "minDays" | "maxDays">;

/** What a method costs for this subtotal: free once the subtotal reaches its free-over threshold. */
export function shippingCost(method: Pick<ShippingMethod, "price" | "freeOver">, subtotal: number): number {
  return method.freeOver != null && subtotal >= method.freeOver ? 0 : method.price;
}

/** "1–2 business days", "3 business days". */
export function deliveryEstimate(method: Pick<ShippingMethod, "minDays" | "maxDays">): string {
  const days = method.minDays === method.maxDays ? `${method.minDays}` : `${method.minDays}–${method.maxDays}`;
  return `${days} business ${method.maxDays === 1 ? "day" : "days"}`;
}
