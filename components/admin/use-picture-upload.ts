"use client";

import { type FormEvent, useState } from "react";
import { type PictureKind, uploadPicture } from "@/lib/media/upload-picture";

/**
 * For a form with a picture file field: on submit, the chosen files go first to
 * the upload route (its own size limit; server actions take 1 MB at most), then
 * the form is submitted again without them, naming each stored picture in a
 * hidden `uploadField`. Without chosen files (or without JavaScript) the form
 * submits as usual. `error` says why a picture was refused.
 */
export function usePictureUpload(
  kind: PictureKind,
  fileField: string,
  uploadField: string,
  check: (files: File[]) => string | null = () => null,
) {
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string>();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const input = form.elements.namedItem(fileField);
    if (!(input instanceof HTMLInputElement) || !input.files?.length) {
      setError(undefined);
      return;
    }
    event.preventDefault();
    const files = [...input.files];
    const problem = check(files);
    setError(problem ?? undefined);
    if (problem || uploading) return;
    setUploading(true);
    void (async () => {
      const urls: string[] = [];
      for (const file of files) {
        const uploaded = await uploadPicture(kind, file);
        if (!uploaded.ok) {
          setError(uploaded.error);
          setUploading(false);
          return;
        }
        urls.push(uploaded.url);
      }
      const hidden = urls.map((url) => Object.assign(document.createElement("input"), { type: "hidden", name: uploadField, value: url }));
      input.value = "";
      form.append(...hidden);
      // React reads the form's fields during this submit event, so the hidden fields can go at once.
      form.requestSubmit();
      for (const h of hidden) h.remove();
      setUploading(false);
    })();
  };

  return { onSubmit, uploading, error };
}
