"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/server";
import { publicAction } from "@/lib/actions";
import { clientIp } from "@/lib/auth/client-ip";
import type { ActionState } from "@/lib/forms/action-state";
import { consumeAll, retryIn } from "@/lib/rate-limit";
import { subscribeToVariant } from "./mutations";
import { guestEmailSchema, notifyMeSchema } from "./schema";

/**
 * `Notify me` on a sold-out variant (the product page is cached HTML; the buy box
 * posts here). A signed-in shopper's own address is used; a guest gives one. The
 * answer is the same whether or not the address was already waiting, and the
 * form is limited per client address and per e-mail.
 */
export const notifyMeAction = publicAction(
  {
    schema: notifyMeSchema,
    rateLimit: async (input, { sessionUser }) => {
      const email = (await sessionUser())?.email ?? input.email;
      const verdict = await consumeAll([
        ["notifyMeAddress", clientIp(await headers())],
        ["notifyMeEmail", email || "(none)"],
      ]);
      return verdict.ok ? null : `Too many requests in a short time. ${retryIn(verdict.retryAfterSeconds)}`;
    },
  },
  async (input, { sessionUser }): Promise<ActionState> => {
    const t = await getTranslations({ locale: await requestLocale(), namespace: "product.notify" });
    const user = await sessionUser();
    let email = user?.email;
    if (!email) {
      const parsed = guestEmailSchema.safeParse(input.email);
      if (!parsed.success) {
        const error = t("invalidEmail");
        return { error, fieldErrors: { email: error }, values: { email: input.email } };
      }
      email = parsed.data;
    }
    const result = await subscribeToVariant(input.variantId, email, user?.id ?? null);
    if (!result.ok) return { error: result.error };
    if (result.inStock) return { ok: true, message: t("inStockAgain") };
    // The guest's address comes back so the field keeps it (React resets a form after its action).
    const values = user ? undefined : { email };
    return { ok: true, message: t("subscribed", { email }), values };
  },
);
