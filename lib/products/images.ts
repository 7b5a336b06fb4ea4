import "server-only";
import { randomUUID } from "node:crypto";
import { toWebp, type WebpPicture } from "@/lib/media/pictures";
import { type MediaStorage, mediaStorage } from "@/lib/media/storage";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_SAVE = 8;
/** The longest side of a stored picture, in pixels. */
export const MAX_IMAGE_SIDE = 1600;

export type StoredImage = { url: string; width: number; height: number };

/** The files a person picked in the Images field (an empty pick sends one nameless, empty file). */
export function uploadedImages(form: FormData): File[] {
  return form.getAll("images").filter((f): f is File => typeof f !== "string" && f.size > 0);
}

/** Why these files cannot be stored, in words a person can act on, or null when they can. */
export function checkImageFiles(files: File[]): string | null {
  if (files.length > MAX_IMAGES_PER_SAVE) return `Add up to ${MAX_IMAGES_PER_SAVE} images at a time.`;
  for (const f of files) {
    if (f.size > MAX_IMAGE_BYTES) return `${f.name} is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB: choose a smaller picture.`;
    if (f.type && !f.type.startsWith("image/")) return `${f.name} is not a picture: choose a JPEG, PNG, WebP or AVIF file.`;
  }
  return null;
}

/**
 * Reads each picture, turns it upright, shrinks it to at most MAX_IMAGE_SIDE
 * on its longest side, stores it as WebP and returns where it lives and its size.
 * Throws ImageRejected for a file that is not a picture sharp can read.
 */
export async function storeProductImages(files: File[], storage: MediaStorage = mediaStorage()): Promise<StoredImage[]> {
  const prepared: WebpPicture[] = [];
  for (const f of files) {
    const picture = await toWebp(Buffer.from(await f.arrayBuffer()), { width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE });
    if (!picture) throw new ImageRejected(`${f.name || "A file"} could not be read as a picture: choose a JPEG, PNG, WebP or AVIF file.`);
    prepared.push(picture);
  }
  const stored: StoredImage[] = [];
  for (const p of prepared) {
    const url = await storage.put(`products/${randomUUID()}.webp`, p.body);
    stored.push({ url, width: p.width, height: p.height });
  }
  return stored;
}

export class ImageRejected extends Error {}
