import { z } from "zod";
import { checkbox } from "@/lib/forms/checkbox";
import { productStatus } from "@/db/schema/products";
import { formatMajorUnits, parseMajorUnits } from "@/lib/money";
import { preorderPairError } from "@/lib/preorders/rules";
import { SLUG_MAX, SLUG_PATTERN } from "./slug-rules";
import { comboKey, splitList } from "./variant-combos";

const MAX_VARIANTS = 100;
const text = (max: number, label: string) => z.string().trim().max(max, `Keep the ${label} under ${max} characters`);
const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s ? Number(s) : null))
  .pipe(z.number().int().positive().nullable());

/** "12.50" typed by a person → 1250 minor units in `currency`. */
function money(currency: string, label: string, required: boolean) {
  return z
    .string()
    .trim()
    .optional()
    .transform((s, ctx) => {
      if (!s) {
        if (required) ctx.addIssue({ code: "custom", message: `Enter the ${label}, e.g. 12.50` });
        return null;
      }
      const amount = parseMajorUnits(s, currency);
      if (amount === null) ctx.addIssue({ code: "custom", message: `Enter the ${label} as an amount, e.g. 12.50` });
      return amount;
    });
}

const optionValuesSchema = z
  .string()
  .optional()
  .transform((s, ctx): Record<string, string> => {
    try {
      const parsed: unknown = JSON.parse(s || "{}");
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === "string")) {
        return parsed as Record<string, string>;
      }
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "This variant's options could not be read: reload the page." });
    return {};
  });

function variantSchema(currency: string) {
  return z
    .object({
      id: optionalId,
      optionValues: optionValuesSchema,
      sku: z
        .string()
        .trim()
        .min(1, "Enter a SKU")
        .max(64, "Keep the SKU under 64 characters")
        .regex(/^[A-Za-z0-9._\-/]+$/, "Use letters, digits, dots, dashes, slashes or underscores in the SKU"),
      price: money(currency, "price", true),
      compareAtPrice: money(currency, "compare-at price", false),
      stock: z
        .string()
        .optional()
        .transform((s) => (!s?.trim() ? 0 : Number(s)))
        .pipe(
          z
            .number({ error: "Enter the stock as a whole number" })
            .int("Enter the stock as a whole number")
            .min(0, "Stock cannot be negative")
            .max(1_000_000, "Stock is limited to 1,000,000"),
        ),
      // Pre-order: a ships-from date and a limit, both or neither (empty: not on pre-order).
      preorderShipsOn: z
        .string()
        .trim()
        .optional()
        .transform((s) => s || null)
        .pipe(z.iso.date("Enter the ships-from date as a date, e.g. 2027-01-15").nullable()),
      preorderCap: z
        .string()
        .trim()
        .optional()
        .transform((s) => (s ? Number(s) : null))
        .pipe(
          z
            .number({ error: "Enter the pre-order limit as a whole number" })
            .int("Enter the pre-order limit as a whole number")
            .min(1, "The pre-order limit must be at least 1")
            .max(1_000_000, "The pre-order limit is at most 1,000,000")
            .nullable(),
        ),
      // The stock shown when the form was opened (hidden field); null for a new variant.
      loadedStock: z
        .string()
        .optional()
        .transform((s) => (s?.trim() && /^\d+$/.test(s.trim()) ? Number(s) : null)),
    })
    .superRefine((v, ctx) => {
      // The date and the backlog are checked against the locked row when saving (lib/products/mutations.ts).
      const pair = preorderPairError({ shipsOn: v.preorderShipsOn, cap: v.preorderCap });
      if (pair) ctx.addIssue({ code: "custom", path: [pair.field], message: pair.message });
      if (v.price !== null && v.compareAtPrice !== null && v.compareAtPrice <= v.price) {
        ctx.addIssue({
          code: "custom",
          path: ["compareAtPrice"],
          message: `The compare-at price must be higher than the price (${formatMajorUnits(v.price, currency)})`,
        });
      }
    });
}

const optionSchema = z.object({
  name: text(40, "option name"),
  zhName: text(40, "Chinese option name").optional(),
  values: z
    .string()
    .optional()
    .transform((s) => splitList(s ?? "")),
});

const specSchema = z.object({
  name: text(80, "spec name"),
  value: text(500, "spec value"),
  zhName: text(80, "Chinese spec name").optional(),
  zhValue: text(500, "Chinese spec value").optional(),
});

/** The product form, checked on the server; money in `currency`'s minor units. */
export function productFormSchema(currency: string) {
  return z
    .object({
      id: optionalId,
      title: z.string().trim().min(2, "Enter a title of at least 2 characters").max(200, "Keep the title under 200 characters"),
      slug: z
        .string()
        .trim()
        .toLowerCase()
        .min(1, "Enter a slug, e.g. linen-shirt")
        .max(SLUG_MAX, `Keep the slug under ${SLUG_MAX} characters`)
        .regex(SLUG_PATTERN, "Use lower-case letters, digits and single hyphens in the slug, e.g. linen-shirt-blue"),
      description: text(10_000, "description").default(""),
      // Chinese (简体中文) versions; empty: the shop shows the default language's.
      zhTitle: text(200, "Chinese title").default(""),
      zhDescription: text(10_000, "Chinese description").default(""),
      categoryId: z.string().trim().min(1, "Choose a category").transform(Number).pipe(z.number().int().positive("Choose a category")),
      brandId: optionalId,
      status: z.enum(productStatus.enumValues, { error: "Choose draft, active or archived" }),
      consumable: checkbox,
      tags: z
        .string()
        .optional()
        .transform((s) => splitList(s ?? "").slice(0, 30)),
      options: z
        .array(optionSchema)
        .default([])
        .transform((os) => os.filter((o) => o.name || o.values.length)),
      specs: z
        .array(specSchema)
        .default([])
        .transform((ss) => ss.filter((s) => s.name || s.value || s.zhName || s.zhValue)),
      variants: z
        .array(variantSchema(currency))
        .min(1, "Add at least one variant")
        .max(MAX_VARIANTS, `A product can have up to ${MAX_VARIANTS} variants`),
      images: z.array(z.object({ id: optionalId, alt: text(300, "alt text").default("") })).default([]),
    })
    .superRefine((p, ctx) => {
      const names = new Set<string>();
      p.options.forEach((o, i) => {
        if (!o.name) ctx.addIssue({ code: "custom", path: ["options", i, "name"], message: "Name this option, e.g. Size" });
        else if (names.has(o.name))
          ctx.addIssue({ code: "custom", path: ["options", i, "name"], message: `There is already an option called ${o.name}` });
        names.add(o.name);
        if (o.values.length === 0)
          ctx.addIssue({ code: "custom", path: ["options", i, "values"], message: "List this option's values, separated by commas" });
      });
      p.specs.forEach((s, i) => {
        if (!s.name) ctx.addIssue({ code: "custom", path: ["specs", i, "name"], message: "Name this spec or clear its value" });
      });
      const skus = new Map<string, number>();
      const combos = new Set<string>();
      p.variants.forEach((v, i) => {
        const key = v.sku.toLowerCase();
        if (skus.has(key))
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "sku"],
            message: `SKU ${v.sku} is used by another variant of this product`,
          });
        skus.set(key, i);
        const keys = Object.keys(v.optionValues);
        const fits = keys.length === p.options.length && p.options.every((o) => o.values.includes(v.optionValues[o.name] ?? ""));
        if (!fits)
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "sku"],
            message: "This variant does not match the options: check the options and save again",
          });
        const combo = comboKey(v.optionValues);
        if (combos.has(combo))
          ctx.addIssue({ code: "custom", path: ["variants", i, "sku"], message: "Two variants have the same options" });
        combos.add(combo);
      });
    });
}

export type ProductFormInput = z.infer<ReturnType<typeof productFormSchema>>;
export type VariantInput = ProductFormInput["variants"][number];
