import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/forms/validation";
import { nestedFormValues } from "./form-data";
import { productFormSchema } from "./schema";

const base = {
  title: "Mug",
  slug: "mug",
  categoryId: "1",
  status: "active",
  "variants.0.sku": "MUG-1",
  "variants.0.price": "12.50",
  "variants.0.stock": "3",
};
const parse = (fields: Record<string, string>) =>
  productFormSchema("USD").safeParse(nestedFormValues(Object.entries({ ...base, ...fields })));
const errors = (fields: Record<string, string>) => {
  const r = parse(fields);
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("the product form's rules", () => {
  it("reads a simple product: money typed as 12.50 is 1250 cents, blank compare-at is none", () => {
    const r = parse({});
    expect(r.success && r.data).toMatchObject({
      id: null,
      brandId: null,
      options: [],
      variants: [{ id: null, optionValues: {}, price: 1250, compareAtPrice: null, stock: 3 }],
    });
  });

  it("names the field for each mistake", () => {
    expect(errors({ slug: "Not a slug!" })).toHaveProperty("slug");
    expect(errors({ "variants.0.price": "12.505" })).toHaveProperty(["variants.0.price"]);
    expect(errors({ "variants.0.price": "" })).toHaveProperty(["variants.0.price"]);
    expect(errors({ "variants.0.compareAtPrice": "12.50" })["variants.0.compareAtPrice"]).toContain("higher than the price");
    expect(errors({ "variants.0.stock": "-1" })["variants.0.stock"]).toContain("negative");
    expect(errors({ "variants.0.stock": "1.5" })).toHaveProperty(["variants.0.stock"]);
    expect(errors({ status: "deleted" })).toHaveProperty("status");
    expect(errors({ categoryId: "" })).toHaveProperty("categoryId");
  });

  it("checks variants against the options", () => {
    const sized = { "options.0.name": "Size", "options.0.values": "S, M", "variants.0.optionValues": '{"Size":"S"}' };
    expect(errors(sized)).toEqual({});
    expect(errors({ ...sized, "variants.0.optionValues": '{"Size":"XL"}' })).toHaveProperty(["variants.0.sku"]);
    const twice = { ...sized, "variants.1.optionValues": '{"Size":"S"}', "variants.1.sku": "mug-1", "variants.1.price": "1" };
    expect(errors(twice)["variants.1.sku"]).toContain("another variant");
    expect(errors({ "options.0.name": "Size", "options.0.values": "" })).toHaveProperty(["options.0.values"]);
  });

  it("drops blank spec and option rows (the form always sends one of each)", () => {
    const r = parse({
      "specs.0.name": "Material",
      "specs.0.value": "Clay",
      "specs.1.name": "",
      "specs.1.value": "",
      "options.0.name": "",
      "options.0.values": "",
    });
    expect(r.success && r.data.specs).toEqual([{ name: "Material", value: "Clay" }]);
    expect(r.success && r.data.options).toEqual([]);
  });
});
