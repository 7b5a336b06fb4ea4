/** schema.org JSON-LD for search engines beyond the Product (lib/catalog/structured-data.ts). Pure. */

/** BreadcrumbList from the breadcrumb trail a page shows (site-relative hrefs made absolute). */
export function breadcrumbJsonLd(items: { name: string; href: string }[], siteUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: new URL(item.href, siteUrl).toString(),
    })),
  };
}

/** Organization for the home page: the store's name and address, and its contact details when the settings have them. */
export function organizationJsonLd(store: { name: string; siteUrl: string; email?: string | null; phone?: string | null }) {
  const contact = store.email || store.phone;
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: store.name,
    url: new URL("/", store.siteUrl).toString(),
    logo: new URL("/icon.svg", store.siteUrl).toString(),
    ...(store.email ? { email: store.email } : {}),
    ...(store.phone ? { telephone: store.phone } : {}),
    ...(contact
      ? {
          contactPoint: {
            "@type": "ContactPoint",
            contactType: "customer service",
            ...(store.email ? { email: store.email } : {}),
            ...(store.phone ? { telephone: store.phone } : {}),
          },
        }
      : {}),
  };
}
