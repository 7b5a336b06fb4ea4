import { scheduleFieldValue } from "@/lib/content/rules";
import { secondLanguageField } from "@/lib/i18n/content";
import { formatMajorUnits } from "@/lib/money";
import type { PromotionView } from "./queries";

/** A stored promotion as its form's fields (text, as a person typed it: "50.00" shown as "50"). */
export function promotionFormValues(p: PromotionView, currency: string): Record<string, string> {
  const money = (amount: number | null) => (amount === null ? "" : formatMajorUnits(amount, currency));
  const values: Record<string, string> = {
    id: String(p.id),
    name: p.name,
    zhName: secondLanguageField(p.translations, "name"),
    code: p.code ?? "",
    type: p.type,
    amount: p.type === "percent_off" ? String(p.amount) : p.type === "fixed_off" ? money(p.amount) : "",
    minSpend: p.minSpend ? money(p.minSpend) : "",
    maxDiscount: money(p.maxDiscount),
    startsAt: scheduleFieldValue(p.startsAt),
    endsAt: scheduleFieldValue(p.endsAt),
    usageLimit: p.usageLimit === null ? "" : String(p.usageLimit),
    perCustomerLimit: p.perCustomerLimit === null ? "" : String(p.perCustomerLimit),
    buyQuantity: p.buyQuantity === null ? "" : String(p.buyQuantity),
    getQuantity: p.getQuantity === null ? "" : String(p.getQuantity),
    priority: String(p.priority),
    stackable: p.stackable ? "on" : "",
    firstOrderOnly: p.firstOrderOnly ? "on" : "",
    minTierId: p.minTierId === null ? "" : String(p.minTierId),
    categoryIds: p.categoryIds.join(","),
    brandIds: p.brandIds.join(","),
    productSlugs: p.productSlugs.join(", "),
  };
  p.tiers.forEach((t, i) => {
    values[`tiers.${i}.spend`] = money(t.spend);
    values[`tiers.${i}.save`] = money(t.save);
  });
  return values;
}
