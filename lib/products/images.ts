import "server-only";
import { randomUUID } from "node:crypto";
import { toWebp, type WebpPicture } from "@/lib/media/pictures";
import { type MediaStorage, mediaStorage } from "@/lib/media/storage";
import { type StoredPicture, storedPicture } from "@/lib/media/uploads";
import { MAX_IMAGE_SIDE, MAX_IMAGES_PER_SAVE } from "./image-rules";

export type StoredImage = StoredPicture;

/** Files posted in the Images field itself: only a page without JavaScript sends them (an empty pick sends one nameless, empty file). */
export function postedImageFiles(form: FormData): File[] {
  return form.getAll("images").filter((f): f is File => typeof f !== "string" && f.size > 0);
}

/**
 * The pictures the product form uploaded beforehand (/api/admin/pictures/product)
 * and names in its `uploads` fields: each must be a product picture that storage
 * holds; its size is read from the stored file, not taken from the form.
 */
export async function claimUploadedImages(form: FormData, storage: MediaStorage = mediaStorage()): Promise<StoredImage[] | string> {
  const urls = form.getAll("uploads").filter((u): u is string => typeof u === "string" && u !== "");
  if (urls.length > MAX_IMAGES_PER_SAVE) return `Add up to ${MAX_IMAGES_PER_SAVE} images at a time.`;
  const stored: StoredImage[] = [];
  for (const url of urls) {
    const picture = await storedPicture(url, "products", storage);
    if (!picture) return "A picture was not uploaded completely: choose the pictures again.";
    stored.push(picture);
  }
  return stored;
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
