/** The province and city codes a district code belongs to (its prefixes), to fill the region lists again; null without one. */
export function regionCodesOf(districtCode: string | null | undefined): { province: string; city: string; district: string } | null {
  if (!districtCode || districtCode.length < 6) return null;
  return { province: districtCode.slice(0, 2), city: districtCode.slice(0, 4), district: districtCode };
}
