import type { ProductCard } from "@/lib/catalog/types";
import { ProductGrid } from "./product-grid";

/** A titled row of recommended products ("Customers also bought", …); nothing when there are none. */
export function RecommendationSection({
  id,
  title,
  products,
  className = "",
}: {
  /** the heading's id: pass one where the title is translated (an id derived from a Chinese title would be empty) */
  id?: string;
  title: string;
  products: ProductCard[];
  className?: string;
}) {
  if (products.length === 0) return null;
  const headingId = id ?? `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <h2 id={headingId} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      <ProductGrid products={products} />
    </section>
  );
}
