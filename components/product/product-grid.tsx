import type { ProductCard as Card } from "@/lib/catalog/types";
import { ProductCard } from "./product-card";

export function ProductGrid({ products, eager = 0 }: { products: Card[]; eager?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} priority={i < eager} />
        </li>
      ))}
    </ul>
  );
}
