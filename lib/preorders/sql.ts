import { sql } from "drizzle-orm";
import { variants } from "@/db/schema";

/**
 * The most one cart line of a variant may hold, in SQL: its stock, or what its
 * pre-order limit leaves when that is more (lib/preorders/rules.ts purchasableQuantity).
 */
export const sellableStock = sql<number>`greatest(${variants.stock}, coalesce(${variants.preorderCap} - ${variants.preorderBacklog}, 0))`;
