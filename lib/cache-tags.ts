/** Cache tags, in one place: every catalog write invalidates exactly the tags it touched. */
export const TAGS = {
  catalog: "catalog",
  categories: "categories",
  banners: "banners",
  settings: "settings",
  promotions: "promotions",
  product: (slug: string) => `product:${slug}`,
} as const;
