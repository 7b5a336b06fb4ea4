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
  const c = useTranslations("adminContent.form");
  const [state, action] = useActionState(submit, initialActionState);
  // The picture goes to its own upload route first; the save names it.
  const upload = usePictureUpload("banner", "image", "uploadedImage");
  const v = state.values;
  const e = upload.error ? { ...state.fieldErrors, image: upload.error } : (state.fieldErrors ?? {});
  const value = (name: keyof BannerFormValues) => v?.[name] ?? String(banner?.[name] ?? "");
  const active = v ? v.active === "on" : (banner?.active ?? true);
  return (
    <form action={action} onSubmit={upload.onSubmit} className="flex max-w-xl flex-col gap-4" noValidate>
      <FormError>{upload.error ? c("correctFields") : state.error}</FormError>
      {banner?.id && <input type="hidden" name="id" value={banner.id} />}
      <TextField name="title" label={c("title")} defaultValue={value("title")} error={e.title} required maxLength={80} />
      <TextField name="subtitle" label={c("subtitle")} defaultValue={value("subtitle")} error={e.subtitle} maxLength={160} />
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
          {c("image")}
        </label>
        {banner?.imageUrl && (
          <img src={banner.imageUrl} alt={c("currentImage")} width={320} height={120} className="h-24 w-64 rounded-lg object-cover" />
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
          {c("imageHint")} {banner?.imageUrl ? c("keepImage") : ""}
        </p>
        {e.image && (
          <p id="image-error" className="text-sm text-rose-700">
            {e.image}
          </p>
        )}
      </div>
      <TextField name="linkUrl" label={c("link")} defaultValue={value("linkUrl")} error={e.linkUrl} hint={c("linkHint")} required />
      <div className="flex items-center gap-2">
        <input id="active" name="active" type="checkbox" defaultChecked={active} className="h-4 w-4" />
        <label htmlFor="active" className="text-sm font-medium">
          {c("active")}
        </label>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{c("schedule")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="startsAt" label={c("from")} type="datetime-local" defaultValue={value("startsAt")} error={e.startsAt} />
          <TextField name="endsAt" label={c("to")} type="datetime-local" defaultValue={value("endsAt")} error={e.endsAt} />
        </div>
        <p className="text-sm text-zinc-600">{c("scheduleHint")}</p>
      </fieldset>
      <div className="flex items-center gap-3">
        <SubmitButton>{c("save")}</SubmitButton>
        <p role="status" className="text-sm text-zinc-600">
          {upload.uploading ? c("uploading") : ""}
        </p>
      </div>
    </form>
  );
}
