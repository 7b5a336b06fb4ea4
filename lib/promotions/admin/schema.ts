import { z } from "zod";
import type { PromotionType, SpendTier } from "@/db/schema";
import { parseScheduleTime } from "@/lib/content/rules";
import { secondLanguage } from "@/lib/i18n/content";
import { formatMajorUnits, parseMajorUnits } from "@/lib/money";
import { nestedFormValues } from "@/lib/products/form-data";

export const promotionIdSchema = z.coerce.number().int().positive();

// Issues are raised by refinements, not transforms: a transform's issue would stop the form-wide checks
// (end after start, tiers), and a person should see every problem at once.

/** A date-time field ("2026-12-24T09:00", read as UTC); empty is "no limit" unless required. */
function when(label: string, required = false) {
  return z
    .string()
    .default("")
    .refine(
      (s) => {
        const d = parseScheduleTime(s);
        return d !== "invalid" && !(required && d === null);
      },
      `Enter the ${label} date and time${required ? "" : ", or leave it empty"}.`,
    )
    .transform((s) => {
      const d = parseScheduleTime(s);
      return d === "invalid" ? null : d;
    });
}

/** An amount typed as "50.00" → minor units of `currency`; empty → null (or refused when required). */
function money(currency: string, label: string, required = false) {
  return z
    .string()
    .trim()
    .default("")
    .refine((s) => s !== "" || !required, `Enter the ${label}, e.g. 12.50.`)
    .refine((s) => s === "" || parseMajorUnits(s, currency) !== null, `Enter the ${label} as an amount, e.g. 12.50.`)
    .transform((s) => (s ? parseMajorUnits(s, currency) : null));
}

/** A whole number ≥ `min`; empty → null (no limit) unless required. */
function count(label: string, min = 1, required = false) {
  return z
    .string()
    .trim()
    .default("")
    .refine((s) => s !== "" || !required, `Enter the ${label} as a whole number.`)
    .refine(
      (s) => s === "" || (/^-?\d{1,9}$/.test(s) && Number(s) >= min),
      `Enter the ${label} as a whole number of at least ${min}${required ? "" : ", or leave it empty"}.`,
    )
    .transform((s) => (s && /^-?\d{1,9}$/.test(s) && Number(s) >= min ? Number(s) : null));
}

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const ids = z.array(z.coerce.number().int().positive()).default([]);

/** Product slugs typed as a list (commas, spaces or lines); resolved to products when saved. */
const slugList = z
  .string()
  .default("")
  .transform((s) =>
    [
      ...new Set(
        s
          .split(/[\s,]+/)
          .map((x) => x.trim().toLowerCase())
          .filter(Boolean),
      ),
    ].slice(0, 200),
  );

/** What coupons and automatic promotions share: the window, the scope and the stacking. */
function common() {
  return {
    startsAt: when("start"),
    endsAt: when("end"),
    priority: z
      .string()
      .trim()
      .default("")
      .refine((s) => s === "" || /^-?\d{1,4}$/.test(s), "Enter the priority as a whole number from -9999 to 9999.")
      .transform((s) => (/^-?\d{1,4}$/.test(s) ? Number(s) : 0)),
    stackable: checkbox,
    firstOrderOnly: checkbox,
    minTierId: z
      .string()
      .trim()
      .default("")
      .transform((s) => (s ? Number(s) : null))
      .pipe(z.number().int().positive().nullable()),
    categoryIds: ids,
    brandIds: ids,
    productSlugs: slugList,
  };
}

/** Refines the type-dependent fields: the amount (percent or money), tiers, buy/get quantities, and the window. */
function refineTyped(currency: string) {
  return <
    T extends {
      type: PromotionType;
      amount: string;
      startsAt: Date | null;
      endsAt: Date | null;
      tiers?: SpendTier[];
      buyQuantity?: number | null;
      getQuantity?: number | null;
    },
  >(
    p: T,
    ctx: z.RefinementCtx,
  ) => {
    if (p.startsAt && p.endsAt && p.endsAt <= p.startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
    const text = p.amount.trim();
    if (p.type === "percent_off") {
      const n = Number(text);
      if (!/^\d{1,3}$/.test(text) || n < 1 || n > 100)
        ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter the percentage as a whole number from 1 to 100, e.g. 10." });
    } else if (p.type === "fixed_off") {
      const n = parseMajorUnits(text, currency);
      if (n === null || n <= 0) ctx.addIssue({ code: "custom", path: ["amount"], message: "Enter the amount off, e.g. 5.00." });
    }
    if (p.type === "spend_save") {
      const tiers = p.tiers ?? [];
      if (tiers.length === 0)
        ctx.addIssue({ code: "custom", path: ["tiers", 0, "spend"], message: "Enter at least one tier: spend, then the amount saved." });
      tiers.forEach((t, i) => {
        if (t.save >= t.spend)
          ctx.addIssue({ code: "custom", path: ["tiers", i, "save"], message: "Save less than the spend of this tier." });
        const before = tiers[i - 1];
        if (before && t.spend <= before.spend)
          ctx.addIssue({
            code: "custom",
            path: ["tiers", i, "spend"],
            message: `Each tier must spend more than the one before (${formatMajorUnits(before.spend, currency)}).`,
          });
        else if (before && t.save <= before.save)
          ctx.addIssue({
            code: "custom",
            path: ["tiers", i, "save"],
            message: `Each tier must save more than the one before (${formatMajorUnits(before.save, currency)}).`,
          });
      });
    }
    if (p.type === "buy_x_get_y") {
      if (!p.buyQuantity) ctx.addIssue({ code: "custom", path: ["buyQuantity"], message: "Enter how many the shopper buys, e.g. 2." });
      if (!p.getQuantity) ctx.addIssue({ code: "custom", path: ["getQuantity"], message: "Enter how many they get free, e.g. 1." });
    }
  };
}

/** The amount column: a percent for percent_off, minor units for fixed_off, 0 otherwise. */
function amountOf(type: PromotionType, text: string, currency: string): number {
  if (type === "percent_off") return Number(text.trim());
  if (type === "fixed_off") return parseMajorUnits(text.trim(), currency) ?? 0;
  return 0;
}

export const COUPON_TYPES = ["percent_off", "fixed_off", "free_shipping"] as const;
export const AUTOMATIC_TYPES = ["spend_save", "percent_off", "fixed_off", "buy_x_get_y", "free_shipping"] as const;

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;

/** The coupon form; money in `currency`'s minor units. */
export function couponSchema(currency: string) {
  return z
    .object({
      code: z.string().trim().regex(CODE_PATTERN, "Use 3 to 32 letters, digits, dashes or underscores, e.g. WELCOME10."),
      type: z.enum(COUPON_TYPES, { error: "Choose Percent, Fixed amount or Free shipping." }),
      amount: z.string().default(""),
      minSpend: money(currency, "minimum spend"),
      maxDiscount: money(currency, "maximum discount"),
      usageLimit: count("usage limit"),
      perCustomerLimit: count("per-customer limit"),
      ...common(),
    })
    .superRefine(refineTyped(currency))
    .superRefine((p, ctx) => {
      if (p.maxDiscount === 0)
        ctx.addIssue({ code: "custom", path: ["maxDiscount"], message: "Leave the maximum discount empty, or enter more than 0." });
    })
    .transform(({ amount, ...p }) => ({
      ...p,
      name: p.code,
      amount: amountOf(p.type, amount, currency),
      minSpend: p.minSpend ?? 0,
      tiers: [] as SpendTier[],
      buyQuantity: null,
      getQuantity: null,
    }));
}

function tierRows(currency: string) {
  return z
    .array(z.object({ spend: z.string().default(""), save: z.string().default("") }))
    .default([])
    .transform((rows, ctx): SpendTier[] => {
      const tiers: SpendTier[] = [];
      rows.forEach((r, i) => {
        const spendText = r.spend.trim();
        const saveText = r.save.trim();
        if (!spendText && !saveText) return;
        const spend = parseMajorUnits(spendText, currency);
        const save = parseMajorUnits(saveText, currency);
        if (spend === null || spend <= 0)
          ctx.addIssue({ code: "custom", path: [i, "spend"], message: "Enter the spend of this tier, e.g. 100.00." });
        if (save === null || save <= 0) ctx.addIssue({ code: "custom", path: [i, "save"], message: "Enter the amount saved, e.g. 10.00." });
        if (spend !== null && save !== null) tiers.push({ spend, save });
      });
      return tiers;
    });
}

/** The automatic promotion form (no code). */
export function automaticPromotionSchema(currency: string) {
  return z
    .object({
      name: z
        .string()
        .trim()
        .min(2, "Enter a name of at least 2 characters, e.g. Spend 200, save 30.")
        .max(80, "Keep the name under 80 characters."),
      zhName: z.string().trim().max(80, "Keep the Chinese name under 80 characters.").optional(),
      type: z.enum(AUTOMATIC_TYPES, { error: "Choose the type of promotion." }),
      amount: z.string().default(""),
      tiers: tierRows(currency),
      buyQuantity: count("quantity to buy"),
      getQuantity: count("quantity free"),
      minSpend: money(currency, "minimum spend"),
      maxDiscount: money(currency, "maximum discount"),
      ...common(),
    })
    .superRefine(refineTyped(currency))
    .transform(({ amount, zhName, ...p }) => ({
      ...p,
      translations: secondLanguage({ name: zhName }),
      code: null,
      amount: amountOf(p.type, amount, currency),
      minSpend: p.minSpend ?? 0,
      tiers: p.type === "spend_save" ? p.tiers : [],
      buyQuantity: p.type === "buy_x_get_y" ? p.buyQuantity : null,
      getQuantity: p.type === "buy_x_get_y" ? p.getQuantity : null,
      usageLimit: null,
      perCustomerLimit: null,
    }));
}

export type PromotionInput = z.output<ReturnType<typeof couponSchema>> | z.output<ReturnType<typeof automaticPromotionSchema>>;

/** The flash sale form. */
export function flashSaleSchema(currency: string) {
  return z
    .object({
      sku: z.string().trim().min(1, "Enter the SKU of the variant on sale.").max(64, "Keep the SKU under 64 characters."),
      salePrice: money(currency, "sale price", true),
      quantityCap: count("quantity cap", 1, true),
      perCustomerLimit: count("per-customer limit", 1, true),
      startsAt: when("start", true),
      endsAt: when("end", true),
    })
    .superRefine((f, ctx) => {
      if (f.startsAt && f.endsAt && f.endsAt <= f.startsAt)
        ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end must be after the start." });
      else if (f.endsAt && f.endsAt <= new Date())
        ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end has passed: choose an end in the future." });
    })
    .transform((f) => ({
      sku: f.sku,
      salePrice: f.salePrice!,
      quantityCap: f.quantityCap!,
      perCustomerLimit: f.perCustomerLimit!,
      startsAt: f.startsAt!,
      endsAt: f.endsAt!,
    }));
}
export type FlashSaleInput = z.output<ReturnType<typeof flashSaleSchema>>;

/** A promotion form as the schemas read it: repeated fields (multi-selects) as arrays, tier rows nested. */
export function promotionFormInput(form: FormData): Record<string, unknown> {
  const values = nestedFormValues(form.entries());
  values.categoryIds = form.getAll("categoryIds").filter((v) => typeof v === "string" && v !== "");
  values.brandIds = form.getAll("brandIds").filter((v) => typeof v === "string" && v !== "");
  return values;
}

export const promotionStateSchema = z.object({
  id: promotionIdSchema,
  change: z.enum(["pause", "resume", "end"]),
});
