import { z } from "zod";
import { DEFAULT_COUNTRY, isShippingCountry } from "./countries";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${label}`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} is too long (at most ${max} characters)`);

/** The new-address fields of the checkout form. */
export const checkoutAddressSchema = z.object({
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

export type CheckoutAddress = z.infer<typeof checkoutAddressSchema>;

/** A parsed checkout: a saved address (by id) or a new one. */
export type CheckoutInput = {
  email: string;
  shippingMethod: string;
  checkoutKey: string;
  address: CheckoutAddress | { savedAddressId: number };
  saveAddress: boolean;
};

const optionalId = z.preprocess(
  (v) => (v === "" || v === "new" || v == null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

const loose = z.string().optional();

/**
 * The checkout form. Only these keys are read: prices, totals or quantities a
 * browser adds are stripped, because the order is priced from the database.
 * The address is either a saved one (savedAddressId) or the new-address fields.
 */
export const checkoutSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address")),
    shippingMethod: z.string().trim().min(1, "Choose a shipping method").max(40),
    checkoutKey: z.uuid("This form has expired: reload the page and try again"),
    savedAddressId: optionalId,
    saveAddress: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    fullName: loose,
    line1: loose,
    city: loose,
    postalCode: loose,
    country: loose,
    phone: loose,
  })
  // Address errors are reported together with the others (e.g. a missing e-mail), hence `when`.
  .superRefine(
    (v, ctx) => {
      if (typeof v !== "object" || v === null || v.savedAddressId) return;
      const parsed = checkoutAddressSchema.safeParse(v);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    },
    { when: () => true },
  )
  .transform((v): CheckoutInput => {
    const base = { email: v.email, shippingMethod: v.shippingMethod, checkoutKey: v.checkoutKey };
    if (v.savedAddressId) return { ...base, address: { savedAddressId: v.savedAddressId }, saveAddress: false };
    return { ...base, address: checkoutAddressSchema.parse(v), saveAddress: v.saveAddress };
  });
