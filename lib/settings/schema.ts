import { z } from "zod";
import { parseMajorUnits } from "@/lib/money";
import { DEFAULT_BACK_IN_STOCK_MULTIPLE, MAX_BACK_IN_STOCK_MULTIPLE } from "@/lib/back-in-stock/rules";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { DEFAULT_AUTO_COMPLETE_DAYS, DEFAULT_AUTO_DELIVER_DAYS, DEFAULT_FLASH_SALE_PAYMENT_MINUTES } from "./resolve";

/** Currencies Intl knows (ISO 4217), so prices can be formatted in them. */
function isKnownCurrency(code: string): boolean {
  const known = Intl.supportedValuesOf?.("currency");
  return known ? known.includes(code) : /^[A-Z]{3}$/.test(code);
}

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((s) => s || null);

/** Whole days from 1 to 365 for the automatic order steps; empty (or left out) means the default. */
const afterDays = (fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? fallback : v),
    z.coerce
      .number({ message: "Enter whole days from 1 to 365." })
      .int("Enter whole days from 1 to 365.")
      .min(1, "Enter whole days from 1 to 365.")
      .max(365, "Enter whole days from 1 to 365."),
  );

/** The store settings form. An empty store name or timeout means "use the environment's default". */
export const storeSettingsSchema = z.object({
  storeName: optionalText(80, "Keep the store name under 80 characters."),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => s || null)
    .refine(
      (s) => s === null || (/^[A-Z]{3}$/.test(s) && isKnownCurrency(s)),
      "Enter a three-letter ISO 4217 code, e.g. USD, EUR, GBP or CNY.",
    ),
  lowStockThreshold: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ message: "Enter a whole number of items, 0 or more." })
      .int("Enter a whole number of items, 0 or more.")
      .min(0, "Enter a whole number of items, 0 or more.")
      .max(100000, "Enter at most 100000."),
  ),
  orderPaymentTimeoutMinutes: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : Number(s)))
    .refine(
      (n) => n === null || (Number.isInteger(n) && n >= 1 && n <= 10080),
      "Enter whole minutes from 1 to 10080 (one week), or leave it empty for the default.",
    ),
  // Empty (or left out) means the default.
  flashSalePaymentTimeoutMinutes: z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? DEFAULT_FLASH_SALE_PAYMENT_MINUTES : v),
    z.coerce
      .number({ message: "Enter whole minutes from 1 to 1440." })
      .int("Enter whole minutes from 1 to 1440.")
      .min(1, "Enter whole minutes from 1 to 1440.")
      .max(1440, "Enter whole minutes from 1 to 1440."),
  ),
  autoDeliverAfterDays: afterDays(DEFAULT_AUTO_DELIVER_DAYS),
  autoCompleteAfterDays: afterDays(DEFAULT_AUTO_COMPLETE_DAYS),
  // A checkbox: absent (unchecked) means off.
  reviewOrdersBeforeFulfilment: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  // How many `Notify me` subscribers each unit that comes back in stock e-mails; empty (or left out) means the default.
  backInStockMultiple: z.preprocess(
    (v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? DEFAULT_BACK_IN_STOCK_MULTIPLE : v),
    z.coerce
      .number({ message: `Enter a whole number from 1 to ${MAX_BACK_IN_STOCK_MULTIPLE}.` })
      .int(`Enter a whole number from 1 to ${MAX_BACK_IN_STOCK_MULTIPLE}.`)
      .min(1, `Enter a whole number from 1 to ${MAX_BACK_IN_STOCK_MULTIPLE}.`)
      .max(MAX_BACK_IN_STOCK_MULTIPLE, `Enter a whole number from 1 to ${MAX_BACK_IN_STOCK_MULTIPLE}.`),
  ),
  // The store's default language (a select of LOCALES); left out means English.
  defaultLocale: z.preprocess(
    (v) => (v === undefined || v === "" ? DEFAULT_LOCALE : v),
    z.enum(LOCALES, { message: "Choose one of the shop's languages." }),
  ),
});
export type StoreSettingsInput = z.infer<typeof storeSettingsSchema>;

const days = (label: string) =>
  z.coerce
    .number({ message: `Enter the ${label} as whole days.` })
    .int(`Enter the ${label} as whole days.`)
    .min(0, `Enter the ${label} as whole days.`)
    .max(365, `Enter at most 365 days.`);

/** A shipping rate form; prices are typed in major units of the store currency (`currency`). */
export function shippingRateSchema(currency: string) {
  const money = (message: string) =>
    z
      .string()
      .trim()
      .transform((s, ctx) => {
        const amount = parseMajorUnits(s, currency);
        if (amount === null) {
          ctx.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return amount;
      });
  return z
    .object({
      name: z.string().trim().min(1, "Enter a name, e.g. Standard.").max(60, "Keep the name under 60 characters."),
      code: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Use lower-case letters, digits and dashes, e.g. overnight."),
      description: z.string().trim().max(200, "Keep the description under 200 characters."),
      price: money("Enter a price such as 4.99 (0 for free)."),
      freeOver: z
        .string()
        .trim()
        .transform((s, ctx) => {
          if (s === "") return null;
          const amount = parseMajorUnits(s, currency);
          if (amount === null) {
            ctx.addIssue({ code: "custom", message: "Enter an amount such as 50, or leave it empty." });
            return z.NEVER;
          }
          return amount;
        }),
      minDays: days("minimum delivery time"),
      maxDays: days("maximum delivery time"),
      position: z.coerce.number({ message: "Enter a whole number." }).int("Enter a whole number.").min(0).max(1000),
      active: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    })
    .refine((r) => r.maxDays >= r.minDays, { path: ["maxDays"], message: "The maximum must be at least the minimum." });
}
export type ShippingRateInput = z.infer<ReturnType<typeof shippingRateSchema>>;

export const shippingRateIdSchema = z.coerce.number().int().positive();
