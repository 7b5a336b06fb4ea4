import { z } from "zod";
import { methodsOf, type MethodId } from "./methods";
import type { ProviderId } from "./provider";

export const NO_METHOD_ENABLED = "Enable at least one payment method, or shoppers cannot pay.";
export const UNKNOWN_METHOD = "That payment method is not offered by this store's payment provider.";

/**
 * The payment settings form: the checked methods (checkboxes named `methods`),
 * each one the active provider offers, at least one.
 */
export function paymentMethodsSchema(provider: ProviderId | null) {
  const offered = methodsOf(provider).map((m) => m.id as string);
  return z.object({
    methods: z
      .array(z.string().max(40))
      .max(20)
      .refine((ids) => ids.every((id) => offered.includes(id)), UNKNOWN_METHOD)
      .transform((ids) => [...new Set(ids)] as MethodId[])
      .refine((ids) => ids.length > 0, NO_METHOD_ENABLED),
  });
}

export type PaymentMethodsInput = z.output<ReturnType<typeof paymentMethodsSchema>>;
