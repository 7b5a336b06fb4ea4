import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { shippingMethods, type ShippingMethodRow } from "@/db/schema";

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

const columns = {
  code: shippingMethods.code,
  name: shippingMethods.name,
  description: shippingMethods.description,
  price: shippingMethods.price,
  freeOver: shippingMethods.freeOver,
  minDays: shippingMethods.minDays,
  maxDays: shippingMethods.maxDays,
};

/** The methods offered at checkout, in display order. */
export async function listActiveShippingMethods(conn: DbOrTx): Promise<ShippingMethod[]> {
  return conn.select(columns).from(shippingMethods).where(eq(shippingMethods.active, true)).orderBy(asc(shippingMethods.position), asc(shippingMethods.id));
}

/** An active method by its code, or null. */
export async function getActiveShippingMethod(conn: DbOrTx, code: string): Promise<ShippingMethod | null> {
  const rows = await listActiveShippingMethods(conn);
  return rows.find((m) => m.code === code) ?? null;
}
