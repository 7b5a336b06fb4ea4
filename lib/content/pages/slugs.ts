import type { StorePageSlug } from "@/db/schema";

export type { StorePageSlug } from "@/db/schema";

/** The store's pages, in footer order (the values of db/schema's store_page_slug; kept here so client code needs no schema). */
export const STORE_PAGE_SLUGS = ["about", "contact", "shipping", "returns", "terms", "privacy"] as const satisfies readonly StorePageSlug[];

/** A page's title until the merchant gives it another; also the footer's link text. */
export const STORE_PAGE_TITLES: Record<StorePageSlug, string> = {
  about: "About us",
  contact: "Contact us",
  shipping: "Shipping",
  returns: "Returns",
  terms: "Terms of sale",
  privacy: "Privacy",
};

export function isStorePageSlug(slug: string): slug is StorePageSlug {
  return (STORE_PAGE_SLUGS as readonly string[]).includes(slug);
}
