import { z } from "zod";
import { MAX_TAX_RATE_BASIS_POINTS } from "./tax";

/** "13" → 1300, "6.5" → 650, "12.34" → 1234 basis points; null for anything else (more than two decimals, over 100). */
export function parseTaxRatePercent(input: string): number | null {
  const text = input.trim().replace(/%$/, "").trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, fraction = ""] = text.split(".");
  const bp = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return bp <= MAX_TAX_RATE_BASIS_POINTS ? bp : null;
}

/** Basis points as the settings form shows them: 1300 → "13", 650 → "6.5". */
export function formatTaxRatePercent(bp: number): string {
  return String(bp / 100);
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((s) => s || null);

/** The invoice settings form on /admin/settings/invoices. */
export const invoiceSettingsSchema = z.object({
  storeAddress: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\r\n/g, "\n") : v),
    z
      .string()
      .trim()
      .max(500, "Keep the store address under 500 characters.")
      .refine((s) => s.split("\n").length <= 8, "Use at most 8 lines for the store address.")
      .transform((s) => s || null),
  ),
  storeTaxNumber: optionalText(40, "Keep the tax number under 40 characters."),
  taxRateBasisPoints: z.string().transform((s, ctx) => {
    const bp = s.trim() === "" ? 0 : parseTaxRatePercent(s);
    if (bp === null) {
      ctx.addIssue({ code: "custom", message: "Enter a percentage from 0 to 100 with at most two decimals, e.g. 13 or 6.5." });
      return z.NEVER;
    }
    return bp;
  }),
  taxName: z
    .string()
    .trim()
    .max(30, "Keep the tax name under 30 characters.")
    .transform((s) => s || "VAT"),
});
export type InvoiceSettingsInput = z.infer<typeof invoiceSettingsSchema>;

/** The optional invoice details at checkout: printed on the invoice as the buyer's company and tax number. */
export const invoiceDetailsFields = {
  invoiceCompany: z.preprocess(
    (v) => (v == null ? "" : v),
    z
      .string()
      .trim()
      .max(120, "Keep the company name under 120 characters.")
      .transform((s) => s || null),
  ),
  invoiceTaxNumber: z.preprocess(
    (v) => (v == null ? "" : v),
    z
      .string()
      .trim()
      .max(40, "Keep the tax number under 40 characters.")
      .regex(/^[\p{L}\p{N} ./-]*$/u, "Use letters, digits, spaces, dots, slashes and dashes only in the tax number.")
      .transform((s) => s || null),
  ),
};
