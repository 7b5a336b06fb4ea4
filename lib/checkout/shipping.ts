import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { shippingMethods } from "@/db/schema";
import type { ShippingMethod } from "./shipping-rules";

export { deliveryEstimate, shippingCost, type ShippingMethod } from "./shipping-rules";

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
  return conn
    .select(columns)
    .from(shippingMethods)
    .where(eq(shippingMethods.active, true))
    .orderBy(asc(shippingMethods.position), asc(shippingMethods.id));
}

/** An active method by its code, or null. */
export async function getActiveShippingMethod(conn: DbOrTx, code: string): Promise<ShippingMethod | null> {
  const rows = await listActiveShippingMethods(conn);
  return rows.find((m) => m.code === code) ?? null;
}
