import type { ProductCard } from "@/lib/catalog/types";
import { ProductGrid } from "./product-grid";

/** A titled row of recommended products ("Customers also bought", …); nothing when there are none. */
export function RecommendationSection({ title, products, className = "" }: { title: string; products: ProductCard[]; className?: string }) {
  if (products.length === 0) return null;
  const id = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      <ProductGrid products={products} />
    </section>
  );
}
