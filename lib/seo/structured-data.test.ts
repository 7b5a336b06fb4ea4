import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, organizationJsonLd } from "./structured-data";

describe("JSON-LD", () => {
  it("a BreadcrumbList numbers the trail from 1 with absolute URLs", () => {
    expect(
      breadcrumbJsonLd(
        [
          { name: "Home", href: "/" },
          { name: "Mugs", href: "/c/mugs" },
        ],
        "https://shop.example.com",
      ),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: "https://shop.example.com/" },
        { "@type": "ListItem", position: 2, name: "Mugs", item: "https://shop.example.com/c/mugs" },
      ],
    });
  });

  it("an Organization names the store and its contact details only when set", () => {
    const bare = organizationJsonLd({ name: "Mercato", siteUrl: "https://shop.example.com", email: null, phone: null });
    expect(bare).toMatchObject({ "@type": "Organization", name: "Mercato", url: "https://shop.example.com/" });
    expect(bare).not.toHaveProperty("contactPoint");
    const full = organizationJsonLd({
      name: "Mercato",
      siteUrl: "https://shop.example.com",
      email: "help@shop.example",
      phone: "+1 555 0100",
    });
    expect(full).toMatchObject({
      email: "help@shop.example",
      telephone: "+1 555 0100",
      contactPoint: { "@type": "ContactPoint", contactType: "customer service", email: "help@shop.example", telephone: "+1 555 0100" },
    });
  });
});
