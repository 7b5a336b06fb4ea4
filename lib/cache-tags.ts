/** Cache tags, in one place: every catalog write invalidates exactly the tags it touched. */
export const TAGS = {
  catalog: "catalog",
  categories: "categories",
  banners: "banners",
  settings: "settings",
  // Promotions and flash sales as shoppers see them (/deals, flash prices); a flash sale's change also drops its product's tag.
  promotions: "promotions",
  // The store's own pages (/pages/<slug>): their saved text (the texts worded from the settings follow TAGS.settings).
  storePages: "store-pages",
  // The week's popular searches (the empty search box), recomputed every CATALOG_CACHE_SECONDS.
  popularSearches: "popular-searches",
  // Best sellers and the other lists of /rankings (lib/rankings): re-read every few minutes as orders are paid.
  rankings: "rankings",
  // The product page's "Customers also bought" and "Similar products" (lib/recommendations): re-read every minute for new co-purchases.
  recommendations: "recommendations",
  product: (slug: string) => `product:${slug}`,
  // One product's recommendation rows (and, through them, its page): dropped by the jobs' sweep when its co-purchases change.
  productRecommendations: (productId: number) => `recommendations:${productId}`,
} as const;
