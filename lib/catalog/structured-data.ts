import { formatMajorUnits } from "@/lib/money";
import type { ProductDetail } from "./types";

/** schema.org Product for search engines: name, brand, pictures, SKU and the offer range. */
export function productJsonLd(product: ProductDetail, siteUrl: string) {
  const url = new URL(`/p/${product.slug}`, siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description.slice(0, 5000),
    sku: product.variants[0]?.sku,
    image: product.images.map((i) => new URL(i.url, siteUrl).toString()),
    brand: product.brand ? { "@type": "Brand", name: product.brand.name } : undefined,
    category: product.breadcrumbs.map((c) => c.name).join(" > "),
    url,
    offers: {
      "@type": "AggregateOffer",
      priceCurrency: product.price.min.currency,
      lowPrice: formatMajorUnits(product.price.min.amount, product.price.min.currency),
      highPrice: formatMajorUnits(product.price.max.amount, product.price.max.currency),
      offerCount: product.variants.length,
      availability: product.inStock
        ? "https://schema.org/InStock"
        : product.variants.some((v) => v.preorder)
          ? "https://schema.org/PreOrder"
          : "https://schema.org/OutOfStock",
      url,
    },
    ...(product.rating.count > 0
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: product.rating.average, reviewCount: product.rating.count } }
      : {}),
  };
}

/** JSON for a <script> tag: "<" escaped so text can never close the tag. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
