/**
 * Turns flat form fields with dotted names ("variants.0.sku", "specs.1.name")
 * into nested objects and arrays, so one zod schema can check the whole form
 * and its issue paths ("variants.0.sku") are the fields' names again.
 * Files are left out; read them from the FormData itself.
 */
export function nestedFormValues(entries: Iterable<[string, FormDataEntryValue]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const parts = name.split(".");
    if (parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")) continue;
    let node: Record<string, unknown> = root;
    for (let i = 0; i < parts.length - 1; i++) {
      const next = node[parts[i]!];
      if (next === undefined) node = node[parts[i]!] = {};
      else if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
      else break;
    }
    const last = parts[parts.length - 1]!;
    if (!(last in node)) node[last] = value;
  }
  return arraysFromIndexedObjects(root) as Record<string, unknown>;
}

/** {"0": a, "1": b} → [a, b] (in index order, gaps closed), recursively. */
function arraysFromIndexedObjects(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  const converted = Object.fromEntries(keys.map((k) => [k, arraysFromIndexedObjects(obj[k])]));
  if (keys.length > 0 && keys.every((k) => /^\d{1,3}$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => converted[k]);
  }
  return converted;
}
