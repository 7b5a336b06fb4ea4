"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ProductCard } from "@/lib/catalog/types";
import { RecommendationSection } from "./recommendation-section";

/**
 * "Recommended for you" on cached pages (the home page is the same HTML for everyone): fetched for this
 * shopper after load; renders nothing until then, on an error, or when there is nothing to recommend.
 */
export function RecommendedForYou() {
  const t = useTranslations("product.sections");
  const [products, setProducts] = useState<ProductCard[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me/recommendations", { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<{ products: ProductCard[] }>) : { products: [] }))
      .then((body) => setProducts(body.products))
      // Recommendations are a bonus: if they cannot be read the page simply goes without.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return <RecommendationSection id="recommended-for-you-heading" title={t("recommendedForYou")} products={products} />;
}
