import type { Page } from "@playwright/test";

/** The accessible names of the address fields in one language (English, or Chinese per the glossary). */
export const ADDRESS_NAMES = {
  en: {
    country: "Country",
    fullName: "Full name",
    province: "Province",
    city: "City",
    district: "District",
    line1: "Address",
    postalCode: "Postal code",
    mobile: "Mobile number",
    china: "China",
  },
  "zh-CN": {
    country: "国家/地区",
    fullName: "姓名",
    province: "省份",
    city: "城市",
    district: "区县",
    line1: "详细地址",
    postalCode: "邮政编码",
    mobile: "手机号码",
    china: "中国",
  },
} as const;

export type ChinaAddress = { fullName: string; province: string; city: string; district: string; line1: string; mobile: string };

/** Chooses China, then province → city → district from the lists (each filled once the one before is chosen), then the rest. */
export async function fillChinaAddress(page: Page, address: ChinaAddress, lang: keyof typeof ADDRESS_NAMES = "en") {
  const n = ADDRESS_NAMES[lang];
  await page.getByLabel(n.country, { exact: true }).selectOption({ label: n.china });
  await page.getByLabel(n.fullName, { exact: true }).fill(address.fullName);
  await page.getByLabel(n.province, { exact: true }).selectOption({ label: address.province });
  const city = page.getByLabel(n.city, { exact: true });
  await city.locator("option", { hasText: address.city }).waitFor({ state: "attached" });
  await city.selectOption({ label: address.city });
  await page.getByLabel(n.district, { exact: true }).selectOption({ label: address.district });
  await page.getByLabel(n.line1, { exact: true }).fill(address.line1);
  await page.getByLabel(n.mobile, { exact: true }).fill(address.mobile);
}
