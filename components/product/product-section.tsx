import { Link } from "@/lib/i18n/navigation";
import type { ProductCard } from "@/lib/catalog/types";
import { ProductGrid } from "./product-grid";

/** A titled row of products with a "See all" link, as on the home page. */
export function ProductSection({
  title,
  href,
  products,
  eager = 0,
}: {
  title: string;
  href: string;
  products: ProductCard[];
  eager?: number;
}) {
  const id = `${title.toLowerCase().replace(/[^a-z]+/g, "-")}-heading`;
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex items-baseline justify-between">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={href} className="text-sm hover:underline">
          See all
        </Link>
      </div>
      <ProductGrid products={products} eager={eager} />
    </section>
  );
}
