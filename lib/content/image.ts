import "server-only";
import { randomUUID } from "node:crypto";
import { toWebp } from "@/lib/media/pictures";
import { mediaStorage } from "@/lib/media/storage";
import { BANNER_IMAGE_MAX_BYTES, sniffImageType } from "./rules";

export type StoredImage = { ok: true; url: string } | { ok: false; error: string };

const BANNER_WIDTH = 1600;

/** The uploaded file, or null when the field was left empty. */
export function uploadedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
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
