import type { ProductCard as Card } from "@/lib/catalog/types";
import { type CardHeadingLevel, ProductCard } from "./product-card";

/** Cards in a grid; `headingLevel` 2 where the grid sits right under the page's h1 (listings), else 3 (under an h2). */
export function ProductGrid({
  products,
  eager = 0,
  headingLevel = 3,
}: {
  products: Card[];
  eager?: number;
  headingLevel?: CardHeadingLevel;
}) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} priority={i < eager} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
