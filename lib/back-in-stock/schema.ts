import { z } from "zod";

/** `Notify me`: the variant, and the e-mail for guests (a signed-in shopper's own address is used instead). */
export const notifyMeSchema = z.object({
  variantId: z.coerce.number({ message: "Choose a variant." }).int().positive("Choose a variant."),
  email: z.string().trim().toLowerCase().max(254, "That e-mail address is too long.").optional().default(""),
});
export type NotifyMeInput = z.infer<typeof notifyMeSchema>;

/** A guest's address, checked once we know there is no signed-in shopper. */
export const guestEmailSchema = z.email("Enter a valid e-mail address, like name@example.com.");
