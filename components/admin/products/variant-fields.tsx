import { useTranslations } from "next-intl";
import type { VariantDraft } from "@/lib/products/draft";
import { comboLabel, type OptionInput } from "@/lib/products/variant-combos";
import { NumberField, TextField } from "@/components/ui/field";
import { Section } from "./section";

type Props = { variants: VariantDraft[]; options: OptionInput[]; errors: Record<string, string>; currency: string };

/**
 * One fieldset per variant whose legend names it ("Size M, Color Red"), so each
 * variant's SKU, Price, Compare-at price, Stock and pre-order fields keep their
 * plain labels and are told apart by their group.
 */
export function VariantFields({ variants, options, errors, currency }: Props) {
  const t = useTranslations("adminProducts.form");
  return (
    <Section title={t("variants")} description={t("variantsHint", { currency })}>
      {errors.variants && (
        <p className="text-sm text-rose-700" id="variants-error">
          {errors.variants}
        </p>
      )}
      {variants.map((v, i) => {
        const label = options.length ? comboLabel(v.optionValues, options) : t("priceAndStock");
        const f = (name: string) => ({
          id: `variants.${i}.${name}`,
          name: `variants.${i}.${name}`,
          error: errors[`variants.${i}.${name}`],
        });
        return (
          <fieldset key={v.uid} className="rounded-lg border border-zinc-200 p-4">
            <legend className="px-1 text-sm font-semibold">{label}</legend>
            <input type="hidden" name={`variants.${i}.id`} value={v.id} />
            <input type="hidden" name={`variants.${i}.optionValues`} value={JSON.stringify(v.optionValues)} />
            <input type="hidden" name={`variants.${i}.loadedStock`} value={v.loadedStock} />
            <div className="grid gap-3 sm:grid-cols-4">
              <TextField {...f("sku")} label={t("sku")} defaultValue={v.sku} required autoComplete="off" />
              <TextField {...f("price")} label={t("price")} defaultValue={v.price} required inputMode="decimal" />
              <TextField {...f("compareAtPrice")} label={t("compareAtPrice")} defaultValue={v.compareAtPrice} inputMode="decimal" />
              <NumberField {...f("stock")} label={t("stock")} defaultValue={v.stock} min={0} step={1} />
            </div>
            <div className="mt-3 grid gap-3 sm:grid-cols-4">
              <TextField {...f("preorderShipsOn")} type="date" label={t("preorderShipsOn")} defaultValue={v.preorderShipsOn} />
              <NumberField
                {...f("preorderCap")}
                label={t("preorderCap")}
                defaultValue={v.preorderCap}
                min={1}
                step={1}
                hint={t("preorderCapHint")}
              />
              <p className="self-end pb-2 text-sm text-zinc-600 sm:col-span-2">
                <input type="hidden" name={`variants.${i}.preorderBacklog`} value={v.preorderBacklog} />
                {v.preorderBacklog > 0 ? t("preorderBacklog", { count: v.preorderBacklog }) : t("noPreorders")}
              </p>
            </div>
          </fieldset>
        );
      })}
    </Section>
  );
}
