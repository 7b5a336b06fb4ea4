import type { ReactNode } from "react";
import { ProductCard } from "@/components/product/product-card";
import type { ProductCard as Card } from "@/lib/catalog/types";

/** Product cards in the account area (right under the page's h1, so h2 titles), each with an optional action under it. */
export function ProductList({ products, label, action }: { products: Card[]; label: string; action?: (product: Card) => ReactNode }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p) => (
        <li key={p.id} className="flex flex-col gap-2">
          <ProductCard product={p} headingLevel={2} />
          {action?.(p)}
        </li>
      ))}
    </ul>
  );
}
