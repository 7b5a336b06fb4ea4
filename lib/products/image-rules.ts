/** Limits of product pictures, shared by the product form (checked before upload) and the upload route. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_SAVE = 8;
/** The longest side of a stored picture, in pixels. */
export const MAX_IMAGE_SIDE = 1600;

/** Why chosen files cannot be stored: a message of adminProducts.errors.images and its values (the form says it in the page's language). */
export type ImageProblem =
  | { key: "tooMany"; values: { max: number } }
  | { key: "tooLarge"; values: { name: string; mb: number } }
  | { key: "notPicture"; values: { name: string } };

/** The first reason these files cannot be stored, or null when they can. */
export function checkImageFiles(files: File[]): ImageProblem | null {
  if (files.length > MAX_IMAGES_PER_SAVE) return { key: "tooMany", values: { max: MAX_IMAGES_PER_SAVE } };
  for (const f of files) {
    if (f.size > MAX_IMAGE_BYTES) return { key: "tooLarge", values: { name: f.name, mb: MAX_IMAGE_BYTES / 1024 / 1024 } };
    if (f.type && !f.type.startsWith("image/")) return { key: "notPicture", values: { name: f.name } };
  }
  return null;
}
