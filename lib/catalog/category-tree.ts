import type { CategoryNode, CategoryRef } from "./types";

export type CategoryFlat = Omit<CategoryNode, "children">;

/** Builds the tree from flat rows ordered by position. */
export function buildCategoryTree(rows: CategoryFlat[]): CategoryNode[] {
  const nodes = new Map<number, CategoryNode>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function findCategory(tree: CategoryNode[], slug: string): CategoryNode | null {
  for (const node of tree) {
    if (node.slug === slug) return node;
    const found = findCategory(node.children, slug);
    if (found) return found;
  }
  return null;
}

/** The category and all below it, for listings that include subcategories. */
export function descendantIds(node: CategoryNode): number[] {
  return [node.id, ...node.children.flatMap(descendantIds)];
}

/** Root-to-node path of the category with `id`, or [] when absent. */
export function categoryPath(tree: CategoryNode[], id: number): CategoryRef[] {
  for (const node of tree) {
    if (node.id === id) return [{ slug: node.slug, name: node.name }];
    const below = categoryPath(node.children, id);
    if (below.length) return [{ slug: node.slug, name: node.name }, ...below];
  }
  return [];
}

export function flattenTree(tree: CategoryNode[]): CategoryNode[] {
  return tree.flatMap((n) => [n, ...flattenTree(n.children)]);
}
