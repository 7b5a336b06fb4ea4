import type { ProductTranslation, Translations } from "@/db/schema/translations";
import { SECOND_LOCALE } from "@/lib/i18n/content";

type Row = { name: string; zhName?: string };
type SpecRow = { name: string; value: string; zhName?: string; zhValue?: string };
export type ProductTranslationInput = {
  zhTitle?: string;
  zhDescription?: string;
  options: Row[];
  specs: SpecRow[];
};

/**
 * The product's `translations` from the form: Chinese title and description, option
 * names by the option's own name, and the spec table row by row (a row left blank in
 * Chinese keeps its default-language text). Empty when nothing Chinese was typed.
 */
export function productTranslations(input: ProductTranslationInput): Translations<ProductTranslation> {
  const zh: Partial<ProductTranslation> = {};
  if (input.zhTitle?.trim()) zh.title = input.zhTitle.trim();
  if (input.zhDescription?.trim()) zh.description = input.zhDescription.trim();
  const optionNames = Object.fromEntries(input.options.filter((o) => o.zhName?.trim()).map((o) => [o.name, o.zhName!.trim()]));
  if (Object.keys(optionNames).length) zh.optionNames = optionNames;
  if (input.specs.some((s) => s.zhName?.trim() || s.zhValue?.trim())) {
    zh.specs = input.specs.map((s) => ({ name: s.zhName?.trim() || s.name, value: s.zhValue?.trim() || s.value }));
  }
  return Object.keys(zh).length ? { [SECOND_LOCALE]: zh } : {};
}

/** The form's Chinese fields from a saved product (the inverse of productTranslations). */
export function translationFields(
  translations: Translations<ProductTranslation>,
  options: { name: string }[],
  specs: { name: string; value: string }[],
) {
  const zh = translations[SECOND_LOCALE] ?? {};
  return {
    zhTitle: zh.title ?? "",
    zhDescription: zh.description ?? "",
    optionZhNames: options.map((o) => zh.optionNames?.[o.name] ?? ""),
    // A spec kept as in the default language shows blank (it falls back).
    specZh: specs.map((s, i) => {
      const t = zh.specs?.[i];
      return { zhName: t && t.name !== s.name ? t.name : "", zhValue: t && t.value !== s.value ? t.value : "" };
    }),
  };
}
