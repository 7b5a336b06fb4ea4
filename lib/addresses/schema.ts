import { z } from "zod";
import { DEFAULT_COUNTRY, isShippingCountry } from "./countries";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${label}`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} is too long (at most ${max} characters)`);

/** An address's fields, as the checkout form and the address book take them. */
export const addressFieldsSchema = z.object({
  fullName: text("full name", 120),
  line1: text("address", 200),
  city: text("city", 100),
  postalCode: z
    .string()
    .trim()
    .min(2, "Enter your postal code")
    .max(12, "Postal code is too long")
    .regex(/^[A-Za-z0-9][A-Za-z0-9 -]*$/, "Use only letters, digits, spaces and dashes in the postal code"),
  country: z.string().trim().toUpperCase().default(DEFAULT_COUNTRY).refine(isShippingCountry, "Choose a country from the list"),
  phone: z
    .string()
    .trim()
    .max(30, "Phone number is too long")
    .regex(/^[0-9+()\-. ]*$/, "Use only digits, spaces and + ( ) - in the phone number")
    .default(""),
});

export type AddressFields = z.infer<typeof addressFieldsSchema>;

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The address book's form: the address fields plus `Default address`. */
export const addressInputSchema = addressFieldsSchema.extend({ isDefault: checkbox });
export type AddressInput = z.output<typeof addressInputSchema>;

export const addressIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
