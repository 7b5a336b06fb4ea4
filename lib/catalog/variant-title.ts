import type { ProductOption } from "@/db/schema";

/** A variant's option values in the product's option order, e.g. "M / Black"; "" for a product without options. */
export function variantTitle(options: ProductOption[], values: Record<string, string>): string {
  const named = options.map((o) => values[o.name]).filter((v): v is string => !!v);
  const rest = Object.entries(values)
    .filter(([k]) => !options.some((o) => o.name === k))
    .map(([, v]) => v);
  return [...named, ...rest].join(" / ");
}
