import { preorderLabel } from "@/lib/preorders/rules";
import type { VariantView } from "./types";

export type Selection = Record<string, string>;

type V = Pick<VariantView, "id" | "optionValues" | "stock" | "preorder">;

/** Whether a shopper can buy the variant now: in stock, or on pre-order with room left under its limit. */
export function isPurchasable(v: Pick<VariantView, "stock" | "preorder">): boolean {
  return v.stock > 0 || v.preorder !== null;
}

/** The variant whose option values equal the selection, or null. */
export function findVariant<T extends V>(variants: T[], selection: Selection): T | null {
  return variants.find((v) => Object.entries(v.optionValues).every(([k, val]) => selection[k] === val)) ?? null;
}

/** Starting choice: the variant asked for by id, else the first in stock, else the first. */
export function initialVariant<T extends V>(variants: T[], requestedId?: number | null): T | null {
  return (requestedId ? variants.find((v) => v.id === requestedId) : undefined) ?? variants.find(isPurchasable) ?? variants[0] ?? null;
}

/** Whether picking `value` for `option`, keeping the other choices, reaches a variant in stock. */
export function isValueInStock(variants: V[], selection: Selection, option: string, value: string): boolean {
  const wanted = { ...selection, [option]: value };
  return variants.some((v) => isPurchasable(v) && Object.entries(v.optionValues).every(([k, val]) => wanted[k] === val));
}

/**
 * Changes one option; when the exact combination does not exist, keeps the new
 * value and takes the closest existing variant's other values.
 */
export function choose<T extends V>(variants: T[], selection: Selection, option: string, value: string): Selection {
  const wanted = { ...selection, [option]: value };
  if (findVariant(variants, wanted)) return wanted;
  const candidates = variants.filter((v) => v.optionValues[option] === value);
  const score = (v: T) => Object.entries(v.optionValues).filter(([k, val]) => wanted[k] === val).length + (isPurchasable(v) ? 0.5 : 0);
  const best = candidates.sort((a, b) => score(b) - score(a))[0];
  return best ? { ...best.optionValues } : wanted;
}

export type StockState = { kind: "in" | "low" | "preorder" | "out"; label: string };

export function stockState(variant: Pick<VariantView, "stock" | "lowStock" | "preorder"> | null): StockState {
  if (variant && variant.stock <= 0 && variant.preorder) return { kind: "preorder", label: preorderLabel(variant.preorder.shipsOn) };
  if (!variant || variant.stock <= 0) return { kind: "out", label: "Out of stock" };
  if (variant.lowStock) return { kind: "low", label: `Only ${variant.stock} left in stock` };
  return { kind: "in", label: "In stock" };
}
