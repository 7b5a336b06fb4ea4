import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/db";
import { returnPhotos } from "@/db/schema";
import { toWebp, type WebpPicture } from "@/lib/media/pictures";
import { mediaStorage } from "@/lib/media/storage";

/** At most this many photos per return, each re-encoded to fit this box. */
export const MAX_RETURN_PHOTOS = 3;
/** Server actions read at most 1 MB (Next's default body limit): the photos together must fit in it. */
export const MAX_RETURN_PHOTO_BYTES = 900 * 1024;
const BOX = { width: 1600, height: 1600 };

/** A photo that cannot be taken; the message says what to do. */
export class PhotoRefused extends Error {}

/** Checks and re-encodes the shopper's photos (WebP, metadata dropped) before the return's transaction. */
export async function preparePhotos(files: File[]): Promise<WebpPicture[]> {
  if (files.length > MAX_RETURN_PHOTOS) throw new PhotoRefused(`Add at most ${MAX_RETURN_PHOTOS} photos.`);
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_RETURN_PHOTO_BYTES) throw new PhotoRefused("The photos are too large together: keep them under 900 KB in all.");
  const out: WebpPicture[] = [];
  for (const file of files) {
    const picture = await toWebp(Buffer.from(await file.arrayBuffer()), BOX);
    if (!picture) throw new PhotoRefused(`${file.name || "A photo"} is not a picture we can read: use JPEG, PNG or WebP.`);
    out.push(picture);
  }
  return out;
}

/** Stores the prepared photos (like product pictures, under media/returns/) and records them with the return. */
export async function attachReturnPhotos(tx: Tx, returnId: string, pictures: WebpPicture[]): Promise<void> {
  if (pictures.length === 0) return;
  const storage = mediaStorage();
  const rows = [];
  for (const [position, p] of pictures.entries()) {
    const url = await storage.put(`returns/${returnId}/${randomUUID()}.webp`, p.body);
    rows.push({ returnId, url, width: p.width, height: p.height, position });
  }
  await tx.insert(returnPhotos).values(rows);
}
