/** Limits of product pictures, shared by the product form (checked before upload) and the upload route. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_SAVE = 8;
/** The longest side of a stored picture, in pixels. */
export const MAX_IMAGE_SIDE = 1600;

/** Why these files cannot be stored, in words a person can act on, or null when they can. */
export function checkImageFiles(files: File[]): string | null {
  if (files.length > MAX_IMAGES_PER_SAVE) return `Add up to ${MAX_IMAGES_PER_SAVE} images at a time.`;
  for (const f of files) {
    if (f.size > MAX_IMAGE_BYTES) return `${f.name} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB: choose a smaller picture.`;
    if (f.type && !f.type.startsWith("image/")) return `${f.name} is not a picture: choose a JPEG, PNG, WebP or AVIF file.`;
  }
  return null;
}
