import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProductCard } from "@/lib/catalog/types";
import { ProductGrid } from "./product-grid";

/** A titled row of products with a "See all" link, as on the home page. */
export async function ProductSection({
  id,
  title,
  href,
  products,
  eager = 0,
}: {
  /** the heading's id (titles are translated, so it is not derived from them) */
  id: string;
  title: string;
  href: string;
  products: ProductCard[];
  eager?: number;
}) {
  const t = await getTranslations("product.sections");
  return (
    <section aria-labelledby={id}>
      <div className="mb-4 flex items-baseline justify-between">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={href} className="text-sm hover:underline">
          {t("seeAll")}
        </Link>
      </div>
      <ProductGrid products={products} eager={eager} />
    </section>
  );
}
