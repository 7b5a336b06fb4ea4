import { describe, expect, it } from "vitest";
import { storePageSlug } from "@/db/schema";
import { shopperPolicies } from "@/lib/settings/policies/queries";
import { resolveStorePolicies } from "@/lib/settings/policies/texts";
import { DEFAULT_PAGE_BODIES } from "./defaults";
import { editableBody, resolveStorePage } from "./resolve";
import { STORE_PAGE_SLUGS, isStorePageSlug } from "./slugs";
import { escapeMarkdown, fillPlaceholders, pageContext, PLACEHOLDERS } from "./template";
import { storePageSchema } from "./schema";

const offers = [
  { name: "Standard", price: 499, freeOver: 5000, minDays: 3, maxDays: 5 },
  { name: "Express", price: 1299, freeOver: null, minDays: 1, maxDays: 2 },
];
const context = (over: Parameters<typeof resolveStorePolicies>[0] = {}) =>
  pageContext(shopperPolicies(resolveStorePolicies(over), { storeName: "Mercato", currency: "USD" }, offers));

describe("store page slugs", () => {
  it("are the schema's", () => {
    expect([...STORE_PAGE_SLUGS].sort()).toEqual([...storePageSlug.enumValues].sort());
    expect(isStorePageSlug("returns")).toBe(true);
    expect(isStorePageSlug("admin")).toBe(false);
  });
});

describe("default page texts", () => {
  it("word the returns page from the settings", () => {
    const page = resolveStorePage("returns", null, context({ returnWindowDays: 14, refundShippingOnReturn: true }));
    expect(page).toMatchObject({ title: "Returns", isDefault: true });
    expect(page.markdown).toContain("Return items within 14 days of delivery");
    expect(page.markdown).toContain("up to 14 days after delivery");
    expect(page.markdown).toContain("The shipping you paid is refunded too.");
    expect(resolveStorePage("returns", null, context()).markdown).toContain("within 30 days");
  });

  it("list the active rates and the free-shipping threshold on the shipping page", () => {
    const { markdown } = resolveStorePage("shipping", null, context());
    expect(markdown).toContain("- Standard \\(3–5 business days, $4.99\\), free on orders of $50.00 or more");
    expect(markdown).toContain("- Express \\(1–2 business days, $12.99\\)");
  });

  it("give the contact details where set, and a way to reach the shop otherwise", () => {
    const set = resolveStorePage("contact", null, context({ contactEmail: "help@shop.example", contactPhone: "+1 555 0100" })).markdown;
    expect(set).toContain("- E-mail: [help@shop.example](mailto:help@shop.example)");
    expect(set).toContain("- Phone: \\+1 555 0100");
    expect(resolveStorePage("contact", null, context()).markdown).toContain("Reply to any e-mail we sent you");
  });

  it("leave no placeholder unfilled, on any page", () => {
    for (const slug of STORE_PAGE_SLUGS) expect(resolveStorePage(slug, null, context()).markdown, slug).not.toMatch(/\{\{/);
  });

  it("fill placeholders in the merchant's own text too, leaving unknown ones as written", () => {
    const saved = { title: "Returns & refunds", body: "Within {{ returnWindowDays }} days. {{nope}}" };
    expect(resolveStorePage("returns", saved, context({ returnWindowDays: 21 }))).toMatchObject({
      title: "Returns & refunds",
      markdown: "Within 21 days. {{nope}}",
      isDefault: false,
    });
    expect(editableBody("about", { title: "About", body: "  " })).toBe(DEFAULT_PAGE_BODIES.about);
    expect(Object.keys(context()).sort()).toEqual([...PLACEHOLDERS].sort());
  });

  it("escape settings text so it cannot add links or markup", () => {
    expect(escapeMarkdown("[x](javascript:alert(1)) <b>*")).toBe("\\[x\\]\\(javascript:alert\\(1\\)\\) \\<b\\>\\*");
    expect(fillPlaceholders("{{storeName}}", { ...context(), storeName: escapeMarkdown("A_B") })).toBe("A\\_B");
  });
});

describe("the page editor's form", () => {
  it("wants a known page and a title; the body may be empty (the default text)", () => {
    expect(storePageSchema.parse({ slug: "returns", title: " Returns ", body: "a\r\nb " })).toEqual({
      slug: "returns",
      title: "Returns",
      body: "a\nb",
      translations: {},
    });
    expect(storePageSchema.parse({ slug: "returns", title: "Returns", body: "", zhTitle: " 退货 ", zhBody: "" }).translations).toEqual({
      "zh-CN": { title: "退货" },
    });
    expect(storePageSchema.safeParse({ slug: "admin", title: "x", body: "" }).success).toBe(false);
    expect(storePageSchema.safeParse({ slug: "about", title: " ", body: "" }).success).toBe(false);
  });
});
