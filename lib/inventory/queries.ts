import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { inventoryMovements, orders, products, storeSettings, users, variants, type ProductOption, type StockReason } from "@/db/schema";
import { variantTitle } from "@/lib/catalog/variant-title";
import { containsPattern } from "@/lib/text";
import type { InventoryListParams } from "./list-params";

export const INVENTORY_PAGE_SIZE = 50;

export type InventoryFilter = InventoryListParams;

export type InventoryRow = {
  variantId: number;
  productTitle: string;
  productStatus: string;
  variantTitle: string;
  sku: string;
  stock: number;
  /** The variant's own threshold, or null when it follows the store default. */
  ownThreshold: number | null;
  threshold: number;
  low: boolean;
};

export type InventoryPage = { rows: InventoryRow[]; total: number; page: number; pageCount: number; storeThreshold: number };

// The store default when the settings row is missing (it is created by the migrations).
const DEFAULT_THRESHOLD = 5;
/** A variant's effective low-stock threshold (its own, else the store's), over `variants` joined to `products`. */
export const variantThreshold = sql<number>`coalesce("variants"."low_stock_threshold", (select s.low_stock_threshold from store_settings s where s.id = 1), ${DEFAULT_THRESHOLD})`;
/** At or below that threshold. */
export const variantIsLow = sql<boolean>`"variants"."stock" <= ${variantThreshold}`;

/** The list's filters as a condition on `variants` joined to `products` (also used by the stock and ledger CSV exports). */
export function inventoryCondition(filter: Pick<InventoryFilter, "q" | "lowOnly">): SQL | undefined {
  const pattern = filter.q ? containsPattern(filter.q) : undefined;
  return and(
    pattern ? sql`("products"."title" ilike ${pattern} or "variants"."sku" ilike ${pattern})` : undefined,
    filter.lowOnly ? variantIsLow : undefined,
  );
}

/** The store-wide low-stock threshold. */
export async function storeLowStockThreshold(): Promise<number> {
  const [row] = await db.select({ t: storeSettings.lowStockThreshold }).from(storeSettings).where(eq(storeSettings.id, 1));
  return row?.t ?? DEFAULT_THRESHOLD;
}

/**
 * Variants with their product, stock and effective low-stock threshold (their
 * own, else the store's); low = at or below it. Search matches the product
 * title (trigram-indexed) or the SKU. Low ones first, then by product.
 */
export async function listInventory(filter: InventoryFilter): Promise<InventoryPage> {
  const where = inventoryCondition(filter);
  const [found, storeThreshold] = await Promise.all([
    db
      .select({
        variantId: variants.id,
        productTitle: products.title,
        productStatus: products.status,
        options: products.options,
        optionValues: variants.optionValues,
        sku: variants.sku,
        stock: variants.stock,
        ownThreshold: variants.lowStockThreshold,
        threshold: variantThreshold,
        low: variantIsLow,
        matching: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(where)
      .orderBy(desc(variantIsLow), asc(products.title), asc(variants.position), asc(variants.id))
      .limit(INVENTORY_PAGE_SIZE)
      .offset((filter.page - 1) * INVENTORY_PAGE_SIZE),
    storeLowStockThreshold(),
  ]);
  const total = found[0]?.matching ?? 0;
  return {
    rows: found.map(({ matching: _m, options, optionValues, ...r }) => ({
      ...r,
      variantTitle: variantTitle(options as ProductOption[], optionValues),
    })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / INVENTORY_PAGE_SIZE)),
    storeThreshold,
  };
}

export type LedgerRow = {
  id: number;
  at: Date;
  delta: number;
  stockAfter: number;
  reason: StockReason;
  note: string;
  actorName: string | null;
  actorEmail: string | null;
  orderNumber: string | null;
};

export type VariantHistory = {
  variantId: number;
  productId: number;
  productTitle: string;
  variantTitle: string;
  sku: string;
  stock: number;
  ownThreshold: number | null;
  threshold: number;
  ledgerSum: number;
  rows: LedgerRow[];
};

const HISTORY_LIMIT = 200;

/** One variant's ledger, newest first (the latest 200 rows), with the sum of all its deltas; null when unknown. */
export async function getVariantHistory(variantId: number): Promise<VariantHistory | null> {
  const [variant] = await db
    .select({
      variantId: variants.id,
      productId: products.id,
      productTitle: products.title,
      options: products.options,
      optionValues: variants.optionValues,
      sku: variants.sku,
      stock: variants.stock,
      ownThreshold: variants.lowStockThreshold,
      threshold: variantThreshold,
      ledgerSum: sql<number>`(select coalesce(sum(m.delta), 0)::int from inventory_movements m where m.variant_id = "variants"."id")`,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(variants.id, variantId));
  if (!variant) return null;
  const rows = await db
    .select({
      id: inventoryMovements.id,
      at: inventoryMovements.createdAt,
      delta: inventoryMovements.delta,
      stockAfter: inventoryMovements.stockAfter,
      reason: inventoryMovements.reason,
      note: inventoryMovements.note,
      actorName: users.name,
      actorEmail: users.email,
      orderNumber: orders.number,
    })
    .from(inventoryMovements)
    .leftJoin(users, eq(users.id, inventoryMovements.actorId))
    .leftJoin(orders, eq(orders.id, inventoryMovements.orderId))
    .where(eq(inventoryMovements.variantId, variantId))
    .orderBy(desc(inventoryMovements.createdAt), desc(inventoryMovements.id))
    .limit(HISTORY_LIMIT);
  const { options, optionValues, ...rest } = variant;
  return { ...rest, variantTitle: variantTitle(options as ProductOption[], optionValues), rows };
}
