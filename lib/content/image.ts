import "server-only";
import { randomUUID } from "node:crypto";
import { toWebp } from "@/lib/media/pictures";
import { mediaStorage } from "@/lib/media/storage";
import { storedPicture } from "@/lib/media/uploads";
import { BANNER_IMAGE_MAX_BYTES, sniffImageType } from "./rules";

export type StoredImage = { ok: true; url: string } | { ok: false; error: string };

const BANNER_WIDTH = 1600;

/**
 * The picture the banner form uploaded beforehand (/api/admin/pictures/banner)
 * and names in `uploadedImage`; null when it names none. A file posted with the
 * form itself comes only from a page without JavaScript (actions take 1 MB at most).
 */
export async function uploadedBannerImage(form: FormData): Promise<StoredImage | null> {
  const posted = form.get("image");
  if (posted instanceof File && posted.size > 0)
    return { ok: false, error: "Images are added by the page's script: turn JavaScript on to add an image." };
  const url = form.get("uploadedImage");
  if (typeof url !== "string" || url === "") return null;
  const stored = await storedPicture(url, "banners");
  return stored ? { ok: true, url: stored.url } : { ok: false, error: "The image was not uploaded completely: choose it again." };
}

/**
 * Checks an uploaded banner image (size, and format by its bytes), re-encodes it
 * as WebP at most 1600 px wide (which also drops metadata and anything hidden in
 * the file) and stores it through the media storage.
 */
export async function storeBannerImage(file: File): Promise<StoredImage> {
  if (file.size > BANNER_IMAGE_MAX_BYTES) return { ok: false, error: "The image is larger than 5 MB: choose a smaller one." };
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!sniffImageType(bytes)) return { ok: false, error: "Choose a JPEG, PNG, WebP or AVIF image." };
  const webp = await toWebp(bytes, { width: BANNER_WIDTH });
  if (!webp) return { ok: false, error: "That image could not be read: choose another file." };
  const url = await mediaStorage().put(`banners/${randomUUID()}.webp`, webp.body);
  return { ok: true, url };
}
