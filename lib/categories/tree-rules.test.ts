import { describe, expect, it } from "vitest";
import { categoryInputSchema } from "./schema";
import { slugify } from "./slug";
import { canMoveUnder, descendantIds, withDepth } from "./tree-rules";

const rows = [
  { id: 1, parentId: null, name: "Clothing" },
  { id: 2, parentId: 1, name: "Tops" },
  { id: 3, parentId: 2, name: "Tees" },
  { id: 4, parentId: null, name: "Home" },
  { id: 5, parentId: 1, name: "Trousers" },
];

describe("category tree rules", () => {
  it("finds everything below a category", () => {
    expect([...descendantIds(rows, 1)].sort()).toEqual([2, 3, 5]);
    expect(descendantIds(rows, 3).size).toBe(0);
  });

  it("refuses a parent that is the category itself or below it", () => {
    expect(canMoveUnder(rows, 1, 3)).toBe(false);
    expect(canMoveUnder(rows, 1, 1)).toBe(false);
    expect(canMoveUnder(rows, 2, 5)).toBe(true);
    expect(canMoveUnder(rows, 3, null)).toBe(true);
    expect(canMoveUnder(rows, 4, 3)).toBe(true);
  });

  it("lists the tree in order with depths", () => {
    expect(withDepth(rows).map((r) => `${r.depth}:${r.name}`)).toEqual(["0:Clothing", "1:Tops", "2:Tees", "1:Trousers", "0:Home"]);
  });

  it("proposes slugs from names", () => {
    expect(slugify("Tops & Tees")).toBe("tops-tees");
    expect(slugify("  Crème brûlée  ")).toBe("creme-brulee");
    expect(slugify("茶")).toBe("");
  });

  it("fills a blank slug from the name and asks for one when the name has no letters to use", () => {
    expect(categoryInputSchema.parse({ name: "Tops & Tees", slug: "", parentId: "", position: "" })).toMatchObject({
      slug: "tops-tees",
      parentId: null,
      position: 0,
    });
    const refused = categoryInputSchema.safeParse({ name: "茶", slug: "" });
    expect(refused.success ? [] : refused.error.issues.map((i) => i.path.join("."))).toEqual(["slug"]);
    expect(categoryInputSchema.safeParse({ name: "Tea", slug: "Bad Slug!" }).success).toBe(false);
  });
});
