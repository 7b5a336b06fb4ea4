"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { staffAction, type Refusal } from "@/lib/actions";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { storeCurrency } from "@/lib/settings/store";
import { createFlashSale, savePromotion, setFlashSaleState, setPromotionState, type SaveResult } from "./mutations";
import {
  automaticPromotionSchema,
  couponSchema,
  flashSaleSchema,
  promotionFormInput,
  promotionIdSchema,
  promotionStateSchema,
  type PromotionInput,
} from "./schema";
import { PROMOTION_ERRORS } from "./messages";

const GONE: ActionState = { error: "That promotion no longer exists. Reload the page." };

/** Refused input keeps every chosen category and brand (a multi-select posts one field per choice). */
function keepChoices(failure: Refusal, form: FormData): ActionState {
  const values = { ...failure.values };
  for (const name of ["categoryIds", "brandIds"]) values[name] = form.getAll(name).map(String).join(",");
  return { ...failure, values };
}

/** Shoppers' pages read promotions under one tag; the back-office lists are re-rendered. */
function refreshPromotions() {
  updateTag(TAGS.promotions);
  revalidateEveryLocale("/admin/coupons", "layout");
  revalidateEveryLocale("/admin/promotions", "layout");
}

/** The hidden `id` of an edit form: null for a new one, "gone" when it is not an id. */
function editedId(form: FormData): number | null | "gone" {
  const raw = form.get("id");
  if (raw === null || raw === "") return null;
  const parsed = promotionIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : "gone";
}

async function save(
  input: PromotionInput,
  form: FormData,
  userId: string,
  done: (id: number, created: boolean) => string,
): Promise<ActionState> {
  const id = editedId(form);
  if (id === "gone") return GONE;
  const result: SaveResult = await savePromotion(id, input, userId);
  if (!result.ok) return keepChoices({ error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) }, form);
  refreshPromotions();
  redirect(await localized(done(result.id, id === null)));
}

/** `Save` on the coupon form (new, or edit with its hidden id). */
export const saveCouponAction = withKnownMessages(
  staffAction(
    { schema: async () => couponSchema(await storeCurrency()), input: promotionFormInput, invalid: keepChoices },
    async (input, { user, form }): Promise<ActionState> =>
      save(input, form, user.id, (id, created) => (created ? `/admin/coupons?notice=created` : `/admin/coupons/${id}?notice=saved`)),
  ),
  PROMOTION_ERRORS,
  STAFF_ERRORS,
);

/** `Save` on the automatic promotion form. */
export const savePromotionAction = withKnownMessages(
  staffAction(
    { schema: async () => automaticPromotionSchema(await storeCurrency()), input: promotionFormInput, invalid: keepChoices },
    async (input, { user, form }): Promise<ActionState> =>
      save(input, form, user.id, (_, created) => `/admin/promotions?notice=${created ? "created" : "saved"}`),
  ),
  PROMOTION_ERRORS,
  STAFF_ERRORS,
);

/** `Pause`, `Resume` and `End` on a coupon or an automatic promotion. */
export const setPromotionStateAction = withKnownMessages(
  staffAction({ schema: promotionStateSchema, invalid: () => GONE }, async ({ id, change }): Promise<ActionState> => {
    const result = await setPromotionState(id, change);
    if (!result.ok) return { error: result.error };
    refreshPromotions();
    return { ok: true, message: result.message };
  }),
  PROMOTION_ERRORS,
  STAFF_ERRORS,
);

/** `Save` on the flash sale form. */
export const createFlashSaleAction = withKnownMessages(
  staffAction({ schema: async () => flashSaleSchema(await storeCurrency()) }, async (input, { user, form }): Promise<ActionState> => {
    const result = await createFlashSale(input, user.id);
    if (!result.ok) return { error: result.error, fieldErrors: result.fieldErrors, values: formValues(form) };
    updateTag(TAGS.product(result.productSlug));
    refreshPromotions();
    redirect(await localized("/admin/promotions?notice=flash-created"));
  }),
  PROMOTION_ERRORS,
  STAFF_ERRORS,
);

/** `Pause`, `Resume` and `End` on a flash sale. */
export const setFlashSaleStateAction = withKnownMessages(
  staffAction(
    { schema: promotionStateSchema, invalid: () => ({ error: "That flash sale no longer exists. Reload the page." }) },
    async ({ id, change }): Promise<ActionState> => {
      const result = await setFlashSaleState(id, change);
      if (!result.ok) return { error: result.error };
      updateTag(TAGS.product(result.productSlug));
      refreshPromotions();
      return { ok: true, message: result.message };
    },
  ),
  PROMOTION_ERRORS,
  STAFF_ERRORS,
);
