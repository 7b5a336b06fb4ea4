import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/categories/slug";
import { parseMajorUnits } from "@/lib/money";
import { type CsvColumn, IMAGE_SEPARATOR, type NumberedRow, OPTION_SLOTS, TAG_SEPARATOR } from "./columns";

/** What went wrong with one row, and what the merchant can do about it. */
export type RowIssue = { row: number; sku: string; problem: string; fix: string };

export type ImportRow = {
  row: number;
  handle: string;
  sku: string;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  options: { name: string; value: string }[];
  // Undefined: the column is absent or the cell blank, so the product keeps what it has.
  title?: string;
  description?: string;
  status?: "draft" | "active" | "archived";
  category?: string;
  brand?: string;
  tags?: string[];
  imageUrls?: string[];
};

const FIX: Partial<Record<string, string>> = {
  handle: "Use the product's slug: lower-case letters, digits and hyphens, e.g. linen-shirt.",
  sku: "Give every row its own SKU (letters, digits, - _ . /), at most 64 characters.",
  price: "Write the price with a dot and at most two decimals, e.g. 12.50 (no currency sign).",
  compare_at_price: "Leave it blank or write a price higher than the price, e.g. 15.00.",
  stock: "Write a whole number of 0 or more, e.g. 25.",
  status: "Write draft, active or archived.",
  title: "Keep the title under 200 characters.",
  description: "Keep the description under 10,000 characters.",
  category: "Use the slug of an existing category (see Categories).",
  brand: "Keep the brand name under 100 characters.",
  tags: "Separate tags with commas; each tag at most 50 characters.",
  options: "Give each option both a name and a value, e.g. option1_name Size, option1_value M; names must differ.",
  image_urls: "Separate image addresses with |; each must start with https://, http:// or /.",
};

const blank = (v: string | undefined) => v === undefined || v.trim() === "";
const text = (max: number, label: string) =>
  z
    .string()
    .transform((v) => v.trim())
    .pipe(z.string().max(max, `${label} is longer than ${max} characters.`));
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (blank(v as string | undefined) ? undefined : v), schema.optional());

function money(label: string, currency: string) {
  return z.string().transform((v, ctx) => {
    const cents = parseMajorUnits(v, currency);
    if (cents === null) ctx.addIssue({ code: "custom", message: `${label} "${v.trim()}" is not an amount.` });
    return cents ?? 0;
  });
}

function schemaFor(currency: string) {
  return z
    .object({
      handle: z
        .string()
        .trim()
        .min(1, "The handle is empty.")
        .max(120, "The handle is too long.")
        .regex(SLUG_PATTERN, "The handle is not a valid slug."),
      sku: z
        .string()
        .trim()
        .min(1, "The SKU is empty.")
        .max(64, "The SKU is too long.")
        .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, "The SKU has characters other than letters, digits and - _ . /."),
      price: money("Price", currency),
      compare_at_price: z.preprocess(
        (v) => (blank(v as string | undefined) ? undefined : v),
        money("Compare-at price", currency).optional(),
      ),
      stock: z
        .string()
        .trim()
        .regex(/^\d{1,7}$/, "Stock is not a whole number of 0 or more.")
        .transform(Number),
      title: optional(text(200, "The title")),
      description: optional(z.string().max(10_000, "The description is too long.")),
      status: optional(z.enum(["draft", "active", "archived"], { message: "The status is not draft, active or archived." })),
      category: optional(z.string().trim().toLowerCase()),
      brand: optional(text(100, "The brand")),
      tags: optional(
        z
          .string()
          .transform((v) => [
            ...new Set(
              v
                .split(TAG_SEPARATOR)
                .map((t) => t.trim())
                .filter(Boolean),
            ),
          ])
          .pipe(z.array(z.string().max(50, "A tag is longer than 50 characters.")).max(30, "There are more than 30 tags.")),
      ),
      image_urls: optional(
        z
          .string()
          .transform((v) =>
            v
              .split(IMAGE_SEPARATOR)
              .map((u) => u.trim())
              .filter(Boolean),
          )
          .pipe(
            z
              .array(
                z
                  .string()
                  .max(2000)
                  .regex(/^(https?:\/\/\S+|\/\S*)$/, "An image address is not a web address."),
              )
              .max(20, "There are more than 20 images."),
          ),
      ),
      options: z.array(z.object({ name: z.string(), value: z.string() })).refine((options) => {
        const names = options.map((o) => o.name.toLowerCase());
        return options.every((o) => o.name && o.value) && new Set(names).size === names.length;
      }, "An option has a name without a value (or a value without a name), or two options share a name."),
    })
    .superRefine((r, ctx) => {
      if (r.compare_at_price !== undefined && r.compare_at_price <= r.price) {
        ctx.addIssue({ code: "custom", path: ["compare_at_price"], message: "The compare-at price is not higher than the price." });
      }
    });
}

function optionsOf(values: NumberedRow["values"]): { name: string; value: string }[] {
  return OPTION_SLOTS.flatMap((n) => {
    const name = (values[`option${n}_name` as CsvColumn] ?? "").trim();
    const value = (values[`option${n}_value` as CsvColumn] ?? "").trim();
    return name || value ? [{ name, value }] : [];
  });
}

/**
 * Validates one CSV row (money to minor units of `currency`, lists split,
 * blank product cells meaning "keep"): the row to apply, or one issue per
 * problem found.
 */
export function validateImportRow(input: NumberedRow, currency: string): { ok: true; row: ImportRow } | { ok: false; issues: RowIssue[] } {
  const v = input.values;
  const sku = (v.sku ?? "").trim();
  const parsed = schemaFor(currency).safeParse({
    ...v,
    handle: v.handle ?? "",
    sku: v.sku ?? "",
    price: v.price ?? "",
    stock: v.stock ?? "",
    options: optionsOf(v),
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: RowIssue[] = [];
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "row");
      if (seen.has(field)) continue;
      seen.add(field);
      issues.push({ row: input.row, sku, problem: issue.message, fix: FIX[field] ?? "Correct the row and import it again." });
    }
    return { ok: false, issues };
  }
  const d = parsed.data;
  return {
    ok: true,
    row: {
      row: input.row,
      handle: d.handle,
      sku: d.sku,
      price: d.price,
      compareAtPrice: d.compare_at_price ?? null,
      stock: d.stock,
      options: d.options,
      title: d.title,
      description: d.description,
      status: d.status,
      category: d.category,
      brand: d.brand,
      tags: d.tags,
      imageUrls: d.image_urls,
    },
  };
}
