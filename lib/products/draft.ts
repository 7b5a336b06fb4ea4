import { minorUnitDigits } from "@/lib/money";
import { translationFields } from "./translations";
import { nestedFormValues } from "./form-data";
import type { ProductForEdit } from "./types";
import { comboKey, type OptionInput, splitList, variantCombinations } from "./variant-combos";

/** The product form's state as typed text: what the fields show. */
/** `loadedStock`: the stock when the form was opened ("" for a new variant), to tell a merchant's change from orders placed meanwhile. */
export type VariantDraft = {
  uid: string;
  id: string;
  optionValues: Record<string, string>;
  sku: string;
  price: string;
  compareAtPrice: string;
  stock: string;
  loadedStock: string;
  preorderShipsOn: string;
  preorderCap: string;
  /** shown, not sent: units waiting on pre-order when the form was opened */
  preorderBacklog: number;
};
export type ProductDraft = {
  id: string;
  title: string;
  slug: string;
  description: string;
  zhTitle: string;
  zhDescription: string;
  categoryId: string;
  brandId: string;
  status: string;
  tags: string;
  consumable: boolean;
  options: { name: string; values: string; zhName: string }[];
  specs: { name: string; value: string; zhName: string; zhValue: string }[];
  variants: VariantDraft[];
  images: { id: string; url: string; alt: string }[];
};

let uidCounter = 0;
export const newUid = () => `v${++uidCounter}-${Math.random().toString(36).slice(2, 8)}`;

const blankVariant = (optionValues: Record<string, string> = {}): VariantDraft => ({
  uid: newUid(),
  id: "",
  optionValues,
  sku: "",
  price: "",
  compareAtPrice: "",
  stock: "0",
  loadedStock: "",
  preorderShipsOn: "",
  preorderCap: "",
  preorderBacklog: 0,
});

export function emptyDraft(): ProductDraft {
  return {
    id: "",
    title: "",
    slug: "",
    description: "",
    zhTitle: "",
    zhDescription: "",
    categoryId: "",
    brandId: "",
    status: "draft",
    tags: "",
    consumable: false,
    options: [],
    specs: [],
    variants: [blankVariant()],
    images: [],
  };
}

export function draftFromProduct(p: ProductForEdit): ProductDraft {
  const digits = minorUnitDigits(p.currency);
  // Always with its decimals ("14.00"), as a merchant would type it.
  const money = (n: number | null) => (n === null ? "" : (n / 10 ** digits).toFixed(digits));
  const zh = translationFields(p.translations, p.options, p.specs);
  return {
    id: String(p.id),
    title: p.title,
    slug: p.slug,
    description: p.description,
    zhTitle: zh.zhTitle,
    zhDescription: zh.zhDescription,
    categoryId: String(p.categoryId),
    brandId: p.brandId ? String(p.brandId) : "",
    status: p.status,
    tags: p.tags.join(", "),
    consumable: p.consumable,
    options: p.options.map((o, i) => ({ name: o.name, values: o.values.join(", "), zhName: zh.optionZhNames[i] ?? "" })),
    specs: p.specs.map((s, i) => ({ ...s, zhName: zh.specZh[i]?.zhName ?? "", zhValue: zh.specZh[i]?.zhValue ?? "" })),
    variants: p.variants.length
      ? p.variants.map((v) => ({
          uid: newUid(),
          id: String(v.id),
          optionValues: v.optionValues,
          sku: v.sku,
          price: money(v.price),
          compareAtPrice: money(v.compareAtPrice),
          stock: String(v.stock),
          loadedStock: String(v.stock),
          preorderShipsOn: v.preorderShipsOn ?? "",
          preorderCap: v.preorderCap === null ? "" : String(v.preorderCap),
          preorderBacklog: v.preorderBacklog,
        }))
      : [blankVariant()],
    images: p.images.map((i) => ({ id: String(i.id), url: i.url, alt: i.alt })),
  };
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
function parsedOptions(v: unknown): Record<string, string> {
  try {
    const o: unknown = JSON.parse(str(v) || "{}");
    return o && typeof o === "object" && !Array.isArray(o) ? (o as Record<string, string>) : {};
  } catch {
    return {};
  }
}
const rows = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]).filter((r) => typeof r === "object" && r !== null) : []);

/** The form as it was sent (after a refusal), so nothing typed is lost. */
export function draftFromValues(values: Record<string, string>): ProductDraft {
  const n = nestedFormValues(Object.entries(values));
  const variants = rows(n.variants).map((v) => ({
    uid: newUid(),
    id: str(v.id),
    optionValues: parsedOptions(v.optionValues),
    sku: str(v.sku),
    price: str(v.price),
    compareAtPrice: str(v.compareAtPrice),
    stock: str(v.stock),
    loadedStock: str(v.loadedStock),
    preorderShipsOn: str(v.preorderShipsOn),
    preorderCap: str(v.preorderCap),
    preorderBacklog: Number(str(v.preorderBacklog)) || 0,
  }));
  return {
    id: str(n.id),
    title: str(n.title),
    slug: str(n.slug),
    description: str(n.description),
    zhTitle: str(n.zhTitle),
    zhDescription: str(n.zhDescription),
    categoryId: str(n.categoryId),
    brandId: str(n.brandId),
    status: str(n.status) || "draft",
    tags: str(n.tags),
    consumable: n.consumable === "on",
    options: rows(n.options)
      .map((o) => ({ name: str(o.name), values: str(o.values), zhName: str(o.zhName) }))
      .filter((o) => o.name || o.values),
    specs: rows(n.specs)
      .map((s) => ({ name: str(s.name), value: str(s.value), zhName: str(s.zhName), zhValue: str(s.zhValue) }))
      .filter((s) => s.name || s.value || s.zhName || s.zhValue),
    variants: variants.length ? variants : [blankVariant()],
    images: rows(n.images).map((i) => ({ id: str(i.id), url: str(i.url), alt: str(i.alt) })),
  };
}

/** The options as the variants see them: named, with at least one value. */
export function usableOptions(options: { name: string; values: string }[]): OptionInput[] {
  return options.map((o) => ({ name: o.name.trim(), values: splitList(o.values) })).filter((o) => o.name && o.values.length);
}

/**
 * The variant rows for these options: a row whose combination still exists is
 * kept as is; a combination that is new takes over a row that no longer fits
 * (so a simple product's variant becomes its first size, stock and all), else
 * gets a blank row.
 */
export function reconcileVariants(current: VariantDraft[], options: OptionInput[]): VariantDraft[] {
  const combos = variantCombinations(options);
  const byKey = new Map(current.map((v) => [comboKey(v.optionValues), v]));
  const wanted = new Set(combos.map(comboKey));
  const spare = current.filter((v) => !wanted.has(comboKey(v.optionValues)));
  return combos.map((combo) => {
    const same = byKey.get(comboKey(combo));
    if (same) return same;
    const reused = spare.shift();
    return reused ? { ...reused, optionValues: combo } : blankVariant(combo);
  });
}
