import { z } from "zod";
import { addressFieldsSchema, type AddressFields } from "@/lib/addresses/schema";
import { invoiceDetailsFields } from "@/lib/invoices/schema";

/** A parsed checkout: a saved address (by id) or a new one. */
export type CheckoutInput = {
  email: string;
  shippingMethod: string;
  /** the payment method's id (lib/payments/methods.ts); absent: the store's first enabled method */
  paymentMethod?: string;
  checkoutKey: string;
  address: AddressFields | { savedAddressId: number };
  saveAddress: boolean;
  /** Pay part with points: overrides the cart's choice when the form sends it. */
  usePoints?: boolean;
  /** the total the checkout page showed for this choice: a higher one at place-order time is refused, never charged unseen */
  quotedTotal?: number;
  /** Optional invoice details, printed on the invoice (lib/invoices). */
  invoiceCompany?: string | null;
  invoiceTaxNumber?: string | null;
};

const optionalId = z.preprocess(
  (v) => (v === "" || v === "new" || v == null ? undefined : v),
  z.coerce.number().int().positive().optional(),
);

const loose = z.string().optional();

// A checkbox or hidden field: "on"/"true" → true, "off"/"false"/"" → false, absent → undefined (the cart's choice stands).
const optionalFlag = z.preprocess((v) => {
  if (v === undefined || v === null) return undefined;
  return v === true || v === "on" || v === "true";
}, z.boolean().optional());

/**
 * The checkout form. Only these keys are read: prices, totals or quantities a
 * browser adds are stripped, because the order is priced from the database.
 * The address is either a saved one (savedAddressId) or the new-address fields.
 */
export const checkoutSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address")),
    shippingMethod: z.string().trim().min(1, "Choose a shipping method").max(40),
    paymentMethod: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.string().trim().max(40).optional()),
    checkoutKey: z.uuid("This form has expired: reload the page and try again"),
    savedAddressId: optionalId,
    saveAddress: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    usePoints: optionalFlag,
    quotedTotal: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().min(0).max(2_147_483_647).optional()),
    fullName: loose,
    line1: loose,
    province: loose,
    city: loose,
    district: loose,
    postalCode: loose,
    country: loose,
    phone: loose,
    ...invoiceDetailsFields,
  })
  // Address errors are reported together with the others (e.g. a missing e-mail), hence `when`.
  .superRefine(
    (v, ctx) => {
      if (typeof v !== "object" || v === null || v.savedAddressId) return;
      const parsed = addressFieldsSchema.safeParse(v);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    },
    { when: () => true },
  )
  .transform((v): CheckoutInput => {
    const base = {
      email: v.email,
      shippingMethod: v.shippingMethod,
      paymentMethod: v.paymentMethod,
      checkoutKey: v.checkoutKey,
      usePoints: v.usePoints ?? false,
      quotedTotal: v.quotedTotal,
      invoiceCompany: v.invoiceCompany,
      invoiceTaxNumber: v.invoiceTaxNumber,
    };
    if (v.savedAddressId) return { ...base, address: { savedAddressId: v.savedAddressId }, saveAddress: false };
    return { ...base, address: addressFieldsSchema.parse(v), saveAddress: v.saveAddress };
  });
