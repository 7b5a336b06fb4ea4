/** Pure rules for the category tree as the back office edits it. */

type Node = { id: number; parentId: number | null };

/** The ids below `id` (children, their children, …), not `id` itself. */
export function descendantIds(rows: readonly Node[], id: number): Set<number> {
  const below = new Set<number>();
  const stack = [id];
  while (stack.length) {
    const current = stack.pop()!;
    for (const r of rows) {
      if (r.parentId === current && !below.has(r.id) && r.id !== id) {
        below.add(r.id);
        stack.push(r.id);
      }
    }
  }
  return below;
}

/** True when making `parentId` the parent of `id` keeps the tree a tree (no category under itself). */
export function canMoveUnder(rows: readonly Node[], id: number, parentId: number | null): boolean {
  if (parentId === null) return true;
  return parentId !== id && !descendantIds(rows, id).has(parentId);
}

/**
 * Rows in tree order (each parent followed by its children, siblings in the
 * given order) with their depth; rows whose parent is missing come out as roots.
 */
export function withDepth<T extends Node>(rows: readonly T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const out: (T & { depth: number })[] = [];
  const visit = (parentId: number | null, depth: number, seen: Set<number>) => {
    for (const r of rows) {
      const isChild = parentId === null ? r.parentId === null || !ids.has(r.parentId) : r.parentId === parentId;
      if (!isChild || seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ ...r, depth });
      visit(r.id, depth + 1, seen);
    }
  };
  visit(null, 0, new Set());
  return out;
}
