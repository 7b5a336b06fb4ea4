import { z } from "zod";
import { checkoutAddressSchema } from "@/lib/checkout/schema";

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The address book's form: the checkout's address fields plus `Default address`. */
export const addressInputSchema = checkoutAddressSchema.extend({ isDefault: checkbox });
export type AddressInput = z.output<typeof addressInputSchema>;

export const addressIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
