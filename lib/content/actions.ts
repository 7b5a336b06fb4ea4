"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffAction } from "@/lib/auth/staff";
import { TAGS } from "@/lib/cache-tags";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, parseForm } from "@/lib/forms/validation";
import { uploadedBannerImage } from "./image";
import { createBanner, deleteBanner, moveBanner, updateBanner, type BannerResult } from "./mutations";
import { bannerIdSchema, bannerMoveSchema, bannerSchema } from "./schema";

const CONTENT = "/admin/content";

/** The home page shows the change on its next load: the banners' cache and the cached home page (proxy.ts serves "/" from /home/current). */
function refreshHome() {
  updateTag(TAGS.banners);
  revalidatePath("/home/current");
  revalidatePath(CONTENT);
}

function failed(result: Extract<BannerResult, { ok: false }>, form: FormData): ActionState {
  return { error: result.error, values: formValues(form) };
}

/** `Save banner` on /admin/content/new. */
export async function createBannerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const { data, failure } = parseForm(bannerSchema, form);
  const image = await uploadedBannerImage(form);
  if (failure || !image) {
    const base = failure ?? { error: "Please correct the highlighted fields.", values: formValues(form) };
    return image ? base : { ...base, fieldErrors: { ...base.fieldErrors, image: "Choose an image for the banner." } };
  }
  if (!image.ok) return { error: "Please correct the highlighted fields.", fieldErrors: { image: image.error }, values: formValues(form) };
  const result = await createBanner(data, image.url);
  if (!result.ok) return failed(result, form);
  refreshHome();
  redirect(`${CONTENT}?saved=created`);
}

/** `Save banner` on /admin/content/<id>; without a new image the old one stays. */
export async function updateBannerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const id = bannerIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "That banner no longer exists." };
  const { data, failure } = parseForm(bannerSchema, form);
  if (failure) return failure;
  const image = await uploadedBannerImage(form);
  if (image && !image.ok) return { error: "Please correct the highlighted fields.", fieldErrors: { image: image.error }, values: formValues(form) };
  const result = await updateBanner(id.data, data, image?.url ?? null);
  if (!result.ok) return failed(result, form);
  refreshHome();
  redirect(`${CONTENT}?saved=updated`);
}

/** `Delete` in the banner list. */
export async function deleteBannerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const id = bannerIdSchema.safeParse(form.get("id"));
  if (!id.success) return { error: "That banner no longer exists." };
  const result = await deleteBanner(id.data);
  if (!result.ok) return { error: result.error };
  refreshHome();
  return { ok: true, message: "Banner deleted." };
}

/** `Move up` / `Move down` in the banner list. */
export async function moveBannerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const who = await requireStaffAction();
  if (!who.ok) return who.state;
  const parsed = bannerMoveSchema.safeParse({ id: form.get("id"), direction: form.get("direction") });
  if (!parsed.success) return { error: "That banner no longer exists." };
  const result = await moveBanner(parsed.data.id, parsed.data.direction);
  if (!result.ok) return { error: result.error };
  refreshHome();
  return { ok: true, message: "Order saved." };
}
