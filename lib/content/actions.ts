"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { localized, revalidateEveryLocale } from "@/lib/i18n/server";
import { z } from "zod";
import { staffAction } from "@/lib/actions";
import { STAFF_ERRORS } from "@/lib/actions/staff-messages";
import { withKnownMessages } from "@/lib/i18n/known-messages";
import { CONTENT_ERRORS } from "./messages";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues } from "@/lib/forms/validation";
import { uploadedBannerImage } from "./image";
import { createBanner, deleteBanner, moveBanner, updateBanner, type BannerResult } from "./mutations";
import { bannerIdSchema, bannerMoveSchema, bannerSchema } from "./schema";

const CONTENT = "/admin/content";
const GONE: ActionState = { error: "That banner no longer exists." };
const idSchema = z.object({ id: bannerIdSchema });
const NO_IMAGE = "Choose an image for the banner.";

/** The home page shows the change on its next load: the banners' cache and the cached home page (proxy.ts serves "/" from /home/current). */
function refreshHome() {
  updateTag(TAGS.banners);
  revalidateEveryLocale("/home/current");
  revalidateEveryLocale(CONTENT);
}

function failed(result: Extract<BannerResult, { ok: false }>, form: FormData): ActionState {
  return { error: result.error, values: formValues(form) };
}

const imageProblem = (problem: string, form: FormData): ActionState => ({
  error: "Please correct the highlighted fields.",
  fieldErrors: { image: problem },
  values: formValues(form),
});

/** `Save banner` on /admin/content/new: the image is required, and said so alongside the other fields' errors. */
export const createBannerAction = withKnownMessages(
  staffAction(
    {
      schema: bannerSchema,
      invalid: async (failure, form) =>
        (await uploadedBannerImage(form)) ? failure : { ...failure, fieldErrors: { ...failure.fieldErrors, image: NO_IMAGE } },
    },
    async (data, { form }): Promise<ActionState> => {
      const image = await uploadedBannerImage(form);
      if (!image) return imageProblem(NO_IMAGE, form);
      if (!image.ok) return imageProblem(image.error, form);
      const result = await createBanner(data, image.url);
      if (!result.ok) return failed(result, form);
      refreshHome();
      redirect(await localized(`${CONTENT}?saved=created`));
    },
  ),
  CONTENT_ERRORS,
  STAFF_ERRORS,
);

/** `Save banner` on /admin/content/<id>; without a new image the old one stays. */
export const updateBannerAction = withKnownMessages(
  staffAction(
    // The id is checked first: a form for a banner that is gone says so rather than showing field errors.
    { schema: idSchema.and(bannerSchema), invalid: (failure) => (failure.fieldErrors?.id ? GONE : failure) },
    async ({ id, ...data }, { form }): Promise<ActionState> => {
      const image = await uploadedBannerImage(form);
      if (image && !image.ok) return imageProblem(image.error, form);
      const result = await updateBanner(id, data, image?.url ?? null);
      if (!result.ok) return failed(result, form);
      refreshHome();
      redirect(await localized(`${CONTENT}?saved=updated`));
    },
  ),
  CONTENT_ERRORS,
  STAFF_ERRORS,
);

/** `Delete` in the banner list. */
export const deleteBannerAction = withKnownMessages(
  staffAction({ schema: idSchema, invalid: () => GONE }, async ({ id }): Promise<ActionState> => {
    const result = await deleteBanner(id);
    if (!result.ok) return { error: result.error };
    refreshHome();
    return { ok: true, message: "Banner deleted." };
  }),
  CONTENT_ERRORS,
  STAFF_ERRORS,
);

/** `Move up` / `Move down` in the banner list. */
export const moveBannerAction = withKnownMessages(
  staffAction({ schema: bannerMoveSchema, invalid: () => GONE }, async ({ id, direction }): Promise<ActionState> => {
    const result = await moveBanner(id, direction);
    if (!result.ok) return { error: result.error };
    refreshHome();
    return { ok: true, message: "Order saved." };
  }),
  CONTENT_ERRORS,
  STAFF_ERRORS,
);
