import { describe, expect, it } from "vitest";
import { buildCategoryTree, categoryPath, descendantIds, findCategory } from "./category-tree";

const row = (id: number, parentId: number | null, slug: string) => ({
  id,
  parentId,
  slug,
  name: slug.toUpperCase(),
  description: "",
  imageUrl: null,
});
const tree = buildCategoryTree([row(1, null, "clothing"), row(2, 1, "tops"), row(3, 1, "dresses"), row(4, null, "tea"), row(5, 2, "tees")]);

describe("category tree", () => {
  it("nests children under parents, in row order", () => {
    expect(tree.map((c) => c.slug)).toEqual(["clothing", "tea"]);
    expect(tree[0]!.children.map((c) => c.slug)).toEqual(["tops", "dresses"]);
  });
  it("lists a category with everything below it", () => {
    expect(descendantIds(findCategory(tree, "clothing")!)).toEqual([1, 2, 5, 3]);
    expect(findCategory(tree, "nope")).toBeNull();
  });
  it("gives the breadcrumb path from the root", () => {
    expect(categoryPath(tree, 5).map((c) => c.slug)).toEqual(["clothing", "tops", "tees"]);
    expect(categoryPath(tree, 99)).toEqual([]);
  });
});
