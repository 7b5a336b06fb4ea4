"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { usePictureUpload } from "@/components/admin/use-picture-upload";
import { FormError } from "@/components/ui/form-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/action-state";
import { initialActionState } from "@/lib/forms/action-state";

export type BannerFormValues = {
  id?: string;
  title: string;
  subtitle: string;
  zhTitle: string;
  zhSubtitle: string;
  linkUrl: string;
  active: boolean;
  startsAt: string;
  endsAt: string;
  imageUrl?: string;
};

type Props = { action: (prev: ActionState, form: FormData) => Promise<ActionState>; banner?: BannerFormValues };

/** Create or edit a home banner. Times are UTC; the image is required for a new banner only. */
export function BannerForm({ action: submit, banner }: Props) {
  const t = useTranslations("catalogAdmin");
  const [state, action] = useActionState(submit, initialActionState);
  // The picture goes to its own upload route first; the save names it.
  const upload = usePictureUpload("banner", "image", "uploadedImage");
  const v = state.values;
  const e = upload.error ? { ...state.fieldErrors, image: upload.error } : (state.fieldErrors ?? {});
  const value = (name: keyof BannerFormValues) => v?.[name] ?? String(banner?.[name] ?? "");
  const active = v ? v.active === "on" : (banner?.active ?? true);
  return (
    <form action={action} onSubmit={upload.onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{upload.error ? "Please correct the highlighted fields." : state.error}</FormError>
      {banner?.id && <input type="hidden" name="id" value={banner.id} />}
      <TextField name="title" label="Title" defaultValue={value("title")} error={e.title} required maxLength={80} />
      <TextField name="subtitle" label="Subtitle" defaultValue={value("subtitle")} error={e.subtitle} maxLength={160} />
      <TextField name="zhTitle" label={t("title")} lang="zh-CN" defaultValue={value("zhTitle")} error={e.zhTitle} maxLength={80} />
      <TextField
        name="zhSubtitle"
        label={t("subtitle")}
        lang="zh-CN"
        defaultValue={value("zhSubtitle")}
        error={e.zhSubtitle}
        maxLength={160}
      />
      <div className="space-y-1">
        <label htmlFor="image" className="block text-sm font-medium">
          Image
        </label>
        {banner?.imageUrl && (
          <img src={banner.imageUrl} alt="Current banner image" width={320} height={120} className="h-24 w-64 rounded-lg object-cover" />
        )}
        <input
          id="image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/avif"
          aria-invalid={e.image ? true : undefined}
          aria-describedby={e.image ? "image-error image-hint" : "image-hint"}
          className="block text-sm"
        />
        <p id="image-hint" className="text-sm text-zinc-600">
          JPEG, PNG, WebP or AVIF up to 5 MB; wide pictures (16:6) look best.{" "}
          {banner?.imageUrl ? "Leave empty to keep the current image." : ""}
        </p>
        {e.image && (
          <p id="image-error" className="text-sm text-rose-700">
            {e.image}
          </p>
        )}
      </div>
      <TextField
        name="linkUrl"
        label="Link"
        defaultValue={value("linkUrl")}
        error={e.linkUrl}
        hint="A path on this site, such as /c/tea, or an https:// address."
        required
      />
      <div className="flex items-center gap-2">
        <input id="active" name="active" type="checkbox" defaultChecked={active} className="h-4 w-4" />
        <label htmlFor="active" className="text-sm font-medium">
          Active
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Schedule (UTC, optional)</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="startsAt" label="From" type="datetime-local" defaultValue={value("startsAt")} error={e.startsAt} />
          <TextField name="endsAt" label="To" type="datetime-local" defaultValue={value("endsAt")} error={e.endsAt} />
        </div>
        <p className="text-sm text-zinc-600">Empty means no limit. The home page picks up a start or end within about two minutes.</p>
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton>Save banner</SubmitButton>
        <p role="status" className="text-sm text-zinc-600">
          {upload.uploading ? "Uploading the image…" : ""}
        </p>
      </div>
    </form>
  );
}
