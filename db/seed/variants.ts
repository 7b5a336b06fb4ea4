import type { SeedProduct } from "./types";

export type VariantDraft = { optionValues: Record<string, string>; price: number; compareAtPrice: number | null };

/** Every combination of a product's option values, priced with its surcharges. */
export function expandVariants(p: Pick<SeedProduct, "options" | "basePrice" | "compareAtPrice" | "surcharges">): VariantDraft[] {
  let combos: Record<string, string>[] = [{}];
  for (const option of p.options) {
    combos = combos.flatMap((c) => option.values.map((v) => ({ ...c, [option.name]: v })));
  }
  return combos.map((optionValues) => {
    const extra = Object.values(optionValues).reduce((sum, v) => sum + (p.surcharges?.[v] ?? 0), 0);
    return {
      optionValues,
      price: p.basePrice + extra,
      compareAtPrice: p.compareAtPrice ? p.compareAtPrice + extra : null,
    };
  });
}
